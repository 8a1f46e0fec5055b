package io.quanyu.extract.ods;

/** How a source is read incrementally, which decides the window of each load. */
public enum WindowKind
{
    /** the whole source every time: it keeps no change time */
    SNAPSHOT,
    /** rows changed (or daily files dated) since the previous load's end, up to the end of the logical date */
    CHANGES,
    /** monthly files from the previous load's end; the month of the logical date stays open until its last day */
    MONTHLY_FILES
}
