package io.quanyu.source.defect;

/** The kinds of dirty data the simulator injects on purpose, each of which extraction must catch. */
public enum DefectKind
{
    /** the same row twice in one file */
    DUPLICATE_ROW,
    /** a division code the territory does not have */
    UNKNOWN_DIVISION_CODE,
    /** a required field left empty */
    MISSING_REQUIRED_FIELD,
    /** a negative or absurdly large number */
    ABSURD_VALUE,
    /** a date after the file's own date */
    FUTURE_DATE,
    /** a reference to a key the source does not have */
    ORPHAN_REFERENCE,
    /** a name with full-width digits or trailing spaces */
    NAME_VARIANT,
    /** bytes that are not valid in the file's encoding */
    BROKEN_ENCODING
}
