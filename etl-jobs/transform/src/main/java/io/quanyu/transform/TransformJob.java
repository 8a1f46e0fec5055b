package io.quanyu.transform;

import java.time.LocalDate;

/** One Spark job building one warehouse table for a logical date; running it again replaces what it wrote. */
public interface TransformJob
{
    /** Builds the table for the date and returns the number of rows written. */
    long run(LocalDate logicalDate);

    /** The table the job writes. */
    String table();
}
