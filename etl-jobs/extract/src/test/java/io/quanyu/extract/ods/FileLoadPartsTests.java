package io.quanyu.extract.ods;

import io.quanyu.extract.file.SourceFile;
import io.quanyu.extract.file.SourceFileParts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileLoadPartsTests
{
    private static final LoadWindow FIRST_DAY = new LoadWindow(null, LocalDateTime.of(2026, 11, 22, 0, 0), LocalDateTime.of(2026, 11, 22, 0, 0));
    private static final LoadWindow NEXT_DAY = new LoadWindow(FIRST_DAY.end(), LocalDateTime.of(2026, 11, 23, 0, 0), LocalDateTime.of(2026, 11, 23, 0, 0));

    @TempDir
    Path folder;

    @Test
    void thePartsOfOneRunListTheSourceOnceAndALaterRunListsAgain()
            throws IOException
    {
        // given a source of eight daily files whose listing is counted
        List<SourceFile> files = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            Path file = Files.write(folder.resolve("grids-202611%02d.csv".formatted(day)), new byte[100 * day]);
            files.add(new SourceFile(file, file.getFileName().toString(), LocalDate.of(2026, 11, day)));
        }
        AtomicInteger listings = new AtomicInteger();
        FileLoadParts parts = new FileLoadParts(window -> {
            listings.incrementAndGet();
            return files;
        }, 4);

        // when the four parts of one run take theirs, then a re-run's parts, then the next day's
        List<List<SourceFile>> firstRun = IntStream.range(0, 4).mapToObj(part -> parts.part(7, FIRST_DAY, part)).toList();
        int listedByTheFirstRun = listings.get();
        List<List<SourceFile>> reRun = IntStream.range(0, 4).mapToObj(part -> parts.part(8, FIRST_DAY, part)).toList();
        parts.part(8, NEXT_DAY, 0);

        // then the source was listed once per run and window, and each part is what splitting the files gives
        assertThat(listedByTheFirstRun).isEqualTo(1);
        assertThat(listings.get()).isEqualTo(3);
        assertThat(firstRun).isEqualTo(SourceFileParts.split(files, 4));
        assertThat(reRun).isEqualTo(firstRun);
    }
}
