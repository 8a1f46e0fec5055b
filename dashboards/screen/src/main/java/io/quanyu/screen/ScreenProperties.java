package io.quanyu.screen;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * @param cityCode the 12-digit code of the city the screen shows
 * @param mapCode the 4-digit code its map file is named by ({@code /geo/<code>.json})
 * @param portFile where to write the HTTP port once listening (for the launcher), or null
 * @param geoDirectory a folder of maps ({@code <code>.json}) for cities not bundled, or null
 */
@ConfigurationProperties("quanyu.screen")
public record ScreenProperties(String cityCode, String mapCode, Path portFile, Path geoDirectory)
{
    public ScreenProperties
    {
        requireNonNull(cityCode, "quanyu.screen.city-code is not set");
        requireNonNull(mapCode, "quanyu.screen.map-code is not set");
    }
}
