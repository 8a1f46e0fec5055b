package io.quanyu.screen;

import io.quanyu.schema.DataDictionaryPage;
import io.quanyu.schema.WarehouseCatalogue;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data dictionary for analysts, written from the warehouse's table files on the screen's classpath. */
@RestController
class DataDictionaryController
{
    private final String page = new DataDictionaryPage(WarehouseCatalogue.load()).html();

    @GetMapping(value = "/dictionary", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String dictionary()
    {
        return page;
    }
}
