package io.quanyu.schema;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** The warehouse layers, in the order data flows through them; {@code OPS} holds the loads' own bookkeeping. */
public enum Layer
{
    ODS, DWD, DIM, DWS, ADS, OPS;

    public String namespace()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Layer of(String name)
    {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
