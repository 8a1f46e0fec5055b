package io.quanyu.extract.ods;

import io.quanyu.extract.file.SourceFile;
import org.springframework.batch.item.ItemStreamReader;

import java.time.LocalDate;
import java.util.List;

/** Creates the reader of some of a file source's files, once the step knows its logical date and its part of them. */
@FunctionalInterface
public interface SourceFilesReaderFactory
{
    ItemStreamReader<SourceRecord> create(LocalDate logicalDate, List<SourceFile> files)
            throws Exception;
}
