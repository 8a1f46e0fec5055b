package io.quanyu.schema;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Locale;

/** The warehouse layers, in the order data flows through them. */
public enum Layer
{
    ODS, DWD, DIM, DWS, ADS;

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
