package io.quanyu.extract.ods;

import io.quanyu.extract.file.SourceFile;

import java.util.List;

/** The files of a source that a load's window covers, in read order. */
@FunctionalInterface
public interface SourceFileLister
{
    List<SourceFile> files(LoadWindow window);
}
