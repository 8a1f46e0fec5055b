package io.quanyu.screen;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** City maps: the bundled ones, then those fetched for other cities into {@code quanyu.screen.geo-directory}. */
@Configuration(proxyBeanMethods = false)
class MapResourceConfiguration
        implements WebMvcConfigurer
{
    private final ScreenProperties properties;

    MapResourceConfiguration(ScreenProperties properties)
    {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry)
    {
        var locations = new java.util.ArrayList<>(java.util.List.of("classpath:/static/geo/"));
        if (properties.geoDirectory() != null) {
            locations.add(properties.geoDirectory().toUri().toString());
        }
        registry.addResourceHandler("/geo/**").addResourceLocations(locations.toArray(String[]::new));
    }
}
