package io.quanyu.screen;

import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Writes the port the screen listens on, so the launcher can print the URL when the port was picked at random. */
@Component
class PortFileWriter
        implements ApplicationListener<WebServerInitializedEvent>
{
    private final ScreenProperties properties;

    PortFileWriter(ScreenProperties properties)
    {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event)
    {
        if (properties.portFile() == null) {
            return;
        }
        try {
            Files.createDirectories(properties.portFile().toAbsolutePath().getParent());
            Files.writeString(properties.portFile(), Integer.toString(event.getWebServer().getPort()));
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write port file " + properties.portFile(), e);
        }
    }
}
