package io.quanyu.screen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The big screen (一屏观全域) and its JSON API, reading the warehouse through Trino over JDBC. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScreenApplication
{
    public static void main(String[] args)
    {
        SpringApplication.run(ScreenApplication.class, args);
    }
}
