package io.quanyu.extract.file;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFilePartsTests
{
    @TempDir
    Path folder;

    @Test
    void partsCoverEveryFileOnceInReadOrderAndBalanceBytes()
            throws IOException
    {
        // given twelve files, one big first day and small later ones, as a grid platform's exports are
        List<SourceFile> files = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            Path file = folder.resolve("grids-202611%02d.csv".formatted(day));
            Files.write(file, new byte[day == 1 ? 9000 : 1000]);
            files.add(new SourceFile(file, file.getFileName().toString(), LocalDate.of(2026, 11, day)));
        }

        // when they are split into four parts
        List<List<SourceFile>> parts = SourceFileParts.split(files, 4);

        // then the parts, one after another, are the files in read order, and the big file has a part to itself
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(files);
        assertThat(parts.get(0)).containsExactly(files.get(0));
        assertThat(parts.subList(1, 4)).allSatisfy(part -> assertThat(part).isNotEmpty());
    }

    @Test
    void fewerFilesThanPartsLeaveNoFileOutEvenWhenEmpty()
            throws IOException
    {
        // given two empty files
        List<SourceFile> files = new ArrayList<>();
        for (String name : List.of("roster-202610.csv", "roster-202611.csv")) {
            Path file = Files.createFile(folder.resolve(name));
            files.add(new SourceFile(file, name, LocalDate.of(2026, 11, 30)));
        }

        // when they are split into four parts
        List<List<SourceFile>> parts = SourceFileParts.split(files, 4);

        // then each is in exactly one part, in read order
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(files);
        assertThat(SourceFileParts.split(List.of(), 4).get(3)).isEmpty();
    }
}
