package io.quanyu.extract.ods;

import static java.util.Objects.requireNonNull;

/** One problem of a record: the ODS column it is in, why, and a message carrying the value. */
public record Rejection(String field, RejectionReason reason, String message)
{
    public Rejection
    {
        requireNonNull(field, "field is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(message, "message is null");
    }
}
