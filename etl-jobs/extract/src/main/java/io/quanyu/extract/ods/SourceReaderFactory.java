package io.quanyu.extract.ods;

import org.springframework.batch.item.ItemStreamReader;

import java.time.LocalDate;

/** Creates a source's reader once the step knows its logical date and window. */
@FunctionalInterface
public interface SourceReaderFactory
{
    ItemStreamReader<SourceRecord> create(LocalDate logicalDate, LoadWindow window)
            throws Exception;
}
