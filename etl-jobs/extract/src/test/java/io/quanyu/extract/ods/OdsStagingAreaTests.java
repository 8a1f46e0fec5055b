package io.quanyu.extract.ods;

import io.quanyu.schema.WarehouseCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OdsStagingAreaTests
{
    private final StagedRows staged = new StagedRows(WarehouseCatalogue.load().table("ods_grid"));
    private final OdsLoad load = new OdsLoad("grid-platform", "ods_grid", LocalDate.of(2026, 11, 21), 7);

    @TempDir
    Path root;

    @Test
    void aChunkStagedAgainReplacesItselfAndChunksListInReadOrder()
            throws IOException
    {
        // given a staging area with chunks of two parts of a load, the second part's written first
        OdsStagingArea staging = new OdsStagingArea(root);
        long secondPart = StagedRows.firstOrdinal(1);
        assertThat(staging.stage(load, secondPart, staged.schema(), rows(2))).isEqualTo(2);
        assertThat(staging.stage(load, 0, staged.schema(), rows(5))).isEqualTo(5);

        // when the first part's chunk is staged again, shorter, as a restarted step would
        long restaged = staging.stage(load, 0, staged.schema(), rows(3));

        // then it replaced the earlier one, no partial file is left, and the chunks list by ordinal
        assertThat(restaged).isEqualTo(3);
        assertThat(staging.chunkFiles(load)).extracting(chunk -> chunk.getFileName().toString())
                .containsExactly("chunk-0000000000000000.parquet", "chunk-%016d.parquet".formatted(secondPart));
        assertThat(staging.chunkFiles(load)).extracting(StagedChunkFile::rowCount).containsExactly(3L, 2L);
        try (Stream<Path> files = Files.list(staging.loadFolder(load))) {
            assertThat(files).hasSize(2);
        }

        // and clearing the load removes its folder
        staging.clear(load);
        assertThat(staging.chunkFiles(load)).isEmpty();
    }

    private Iterator<Object[]> rows(int count)
    {
        List<Object[]> rows = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Object[] values = new Object[staged.schema().size()];
            values[staged.schema().fieldIndex(StagedRows.ORDINAL)] = (long) index;
            rows.add(values);
        }
        return rows.iterator();
    }
}
