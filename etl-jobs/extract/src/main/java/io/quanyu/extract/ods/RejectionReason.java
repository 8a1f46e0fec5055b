package io.quanyu.extract.ods;

/** Why a source record went to quarantine instead of its ODS table; the codes of {@code ods_quarantine.reason_code}. */
public enum RejectionReason
{
    DUPLICATE_ROW,
    UNKNOWN_DIVISION_CODE,
    MISSING_REQUIRED_FIELD,
    INVALID_VALUE,
    UNACCEPTED_VALUE,
    OUT_OF_RANGE,
    FUTURE_DATE,
    ORPHAN_REFERENCE,
    NAME_VARIANT,
    BROKEN_ENCODING,
    MALFORMED_RECORD
}
