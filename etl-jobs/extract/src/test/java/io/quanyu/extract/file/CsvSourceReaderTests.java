package io.quanyu.extract.file;

import io.quanyu.extract.ods.SourceRecord;
import io.quanyu.schema.WarehouseCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvSourceReaderTests
{
    private static final String HEADER = "人员编号,人员姓名,性别,岗位,网格代码,手机,聘用日期,状态,变更日期\n";

    @TempDir
    Path folder;

    @Test
    void gbkFileIsDecodedAndABrokenLineKeepsItsPlaceWithAReplacementCharacter()
            throws Exception
    {
        // given a GBK export whose second data line has bytes that are not GBK
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((HEADER + "GW1,程海建,女,网格长,330203001001001,139****9390,2021-12-27,在岗,2026-10-03\n").getBytes(HeaderEncoding.GBK));
        bytes.write("GW2,林".getBytes(HeaderEncoding.GBK));
        bytes.write(new byte[] {(byte) 0x81, (byte) 0x7F});
        bytes.write(",男,专职网格员,330203001001001,136****2466,2021-09-20,在岗,2026-10-03\n".getBytes(HeaderEncoding.GBK));
        Path file = folder.resolve("grid-workers-20261003.csv");
        Files.write(file, bytes.toByteArray());

        // when it is read with the encoding its header tells
        List<SourceRecord> records = readAll(file);

        // then both lines are there, in place, the broken one marked where the bytes were
        assertThat(HeaderEncoding.of(file)).isEqualTo(HeaderEncoding.GBK);
        assertThat(records).extracting(SourceRecord::location).containsExactly("d/grid-workers-20261003.csv:2", "d/grid-workers-20261003.csv:3");
        assertThat(records.get(0).fields()).containsEntry("人员姓名", "程海建").containsEntry("网格代码", "330203001001001");
        assertThat(records.get(1).fields().get("人员姓名")).startsWith("林").contains("\uFFFD");
        assertThat(records.get(1).fields()).containsEntry("性别", "男");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsMalformedNotDropped()
            throws Exception
    {
        Path file = folder.resolve("grid-workers-20261004.csv");
        Files.writeString(file, HEADER + "GW1,程海建,女\n", StandardCharsets.UTF_8);

        List<SourceRecord> records = readAll(file);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).malformation()).isEqualTo("3 fields where the header has 9");
    }

    @Test
    void anUnknownHeaderStopsTheLoadNamingFileAndHeader()
            throws Exception
    {
        Path file = folder.resolve("grid-workers-20261005.csv");
        Files.writeString(file, HEADER.replace("手机", "微信号") + "GW1\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> readAll(file))
                .isInstanceOf(ItemStreamException.class)
                .hasMessage("unknown column '微信号' in d/grid-workers-20261005.csv: map it to a column of ods_grid_worker in warehouse-schema/tables (source_names)");
    }

    @Test
    void eachFileIsDecodedAsItsOwnHeaderTellsAndAHeaderThatChangesIsCheckedAgain()
            throws Exception
    {
        // given a UTF-8 export, a GBK export, and a third whose header renames a column
        Path utf8 = Files.writeString(folder.resolve("grid-workers-20261007.csv"), HEADER + "GW1,程海建,女,网格长,330203001001001,139****9390,2021-12-27,在岗,2026-10-07\n",
                StandardCharsets.UTF_8);
        Path gbk = Files.write(folder.resolve("grid-workers-20261008.csv"),
                (HEADER + "GW2,林海,男,专职网格员,330203001001001,136****2466,2021-09-20,在岗,2026-10-08\n").getBytes(HeaderEncoding.GBK));
        Path renamed = Files.writeString(folder.resolve("grid-workers-20261009.csv"), HEADER.replace("手机", "微信号") + "GW3\n", StandardCharsets.UTF_8);

        // when the three are read by one reader
        CsvSourceReader reader = reader(List.of(utf8, gbk, renamed));
        reader.open(new ExecutionContext());
        SourceRecord first = reader.read();
        SourceRecord second = reader.read();

        // then the first two read in their own encodings, and the third stops the load naming its file
        assertThat(first.fields()).containsEntry("人员姓名", "程海建");
        assertThat(second.fields()).containsEntry("人员姓名", "林海").containsEntry("岗位", "专职网格员");
        assertThatThrownBy(reader::read).isInstanceOf(ItemStreamException.class).hasMessageContaining("unknown column '微信号' in d/grid-workers-20261009.csv");
        reader.close();
    }

    @Test
    void aMissingFileIsAClearError()
    {
        assertThatThrownBy(() -> readAll(folder.resolve("grid-workers-20261006.csv")))
                .hasMessageContaining("missing source file").hasMessageContaining("grid-workers-20261006.csv");
    }

    private static List<SourceRecord> readAll(Path file)
            throws Exception
    {
        CsvSourceReader reader = reader(List.of(file));
        reader.open(new ExecutionContext());
        try {
            List<SourceRecord> records = new ArrayList<>();
            for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
            return records;
        }
        finally {
            reader.close();
        }
    }

    private static CsvSourceReader reader(List<Path> files)
    {
        return new CsvSourceReader("test", files.stream().map(file -> new SourceFile(file, "d/" + file.getFileName(), LocalDate.of(2026, 10, 3))).toList(),
                HeaderEncoding.OF_HEADER_LINE, WarehouseCatalogue.load().table("ods_grid_worker"));
    }
}
