package io.quanyu.source.grid;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.Territory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every district's grid platform over 60 days at a raised defect rate, read back with standard readers. */
class GridPlatformFilesTests
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);
    private static final Charset GBK = Charset.forName("GBK");
    private static Path root;
    private static List<Defect> defects;

    @BeforeAll
    static void generate()
            throws Exception
    {
        root = Files.createTempDirectory("quanyu-grid-files");
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.CITY, 99, AS_OF, 60, 0.02)).generate(new SourceSystemsLayout(root));
        defects = DefectManifest.read(new SourceSystemsLayout(root).defectManifest()).stream()
                .filter(defect -> defect.source().startsWith("grid-platform-"))
                .toList();
    }

    @Test
    void everyDistrictHasADailyExportPairInItsOwnEncoding()
            throws IOException
    {
        try (Stream<Path> districts = Files.list(root.resolve("grid-platform"))) {
            for (Path district : districts.toList()) {
                try (Stream<Path> files = Files.list(district)) {
                    assertThat(files.count()).as(district.toString()).isEqualTo(120);
                }
            }
        }
        assertThat(charsetOf(root.resolve("grid-platform/330203000000/grids-20261121.csv"))).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(charsetOf(root.resolve("grid-platform/330205000000/grids-20261121.csv"))).isEqualTo(GBK);
        // 海曙区 is Ningbo's first district: UTF-8; every other district (江北区, ...) writes GBK
        assertThat(GridExportDialects.charset(0)).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(GridExportDialects.charset(1)).isEqualTo(GBK);
    }

    @Test
    void everyDefectInTheManifestIsWhereItSaysAndLooksLikeItsKind()
            throws IOException
    {
        assertThat(defects).extracting(Defect::kind).containsAll(EnumSet.allOf(DefectKind.class).stream()
                .toList());
        Set<String> communities = Territory.ofCity("3302").divisions().stream().map(Division::code).collect(Collectors.toSet());
        for (Defect defect : defects) {
            String[] place = defect.location().split(":");
            Path file = root.resolve("grid-platform").resolve(place[0]);
            int line = Integer.parseInt(place[1]);
            byte[] bytes = lines(file).get(line - 1);
            if (defect.kind() == DefectKind.BROKEN_ENCODING) {
                assertThat(decodes(bytes, charsetOf(file))).as(defect.toString()).isFalse();
                continue;
            }
            Map<String, String> row = parse(file, header(file), bytes);
            String value = row.get(header(file, defect.field()));
            switch (defect.kind()) {
                case DUPLICATE_ROW -> assertThat(lines(file).get(line - 2)).as(defect.toString()).isEqualTo(bytes);
                case UNKNOWN_DIVISION_CODE -> assertThat(communities).as(defect.toString()).doesNotContain(value);
                case MISSING_REQUIRED_FIELD -> assertThat(value).as(defect.toString()).isEmpty();
                case ABSURD_VALUE -> assertThat(Long.parseLong(value)).as(defect.toString()).satisfiesAnyOf(
                        number -> assertThat(number).isNegative(), number -> assertThat(number).isGreaterThan(1_000_000L));
                case FUTURE_DATE -> assertThat(value.replace("-", "").replace("/", "")).as(defect.toString())
                        .isGreaterThan(fileDate(file));
                case ORPHAN_REFERENCE -> assertThat(value).as(defect.toString()).endsWith("998");
                case NAME_VARIANT -> assertThat(value).as(defect.toString()).matches(".*([０-９]|\\s|\u3000).*");
                default -> throw new AssertionError(defect);
            }
        }
    }

    @Test
    void linesWithoutADefectDecodeStrictlyAndAreComplete()
            throws IOException
    {
        Set<String> defective = defects.stream().map(Defect::location).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(root.resolve("grid-platform"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<byte[]> lines = lines(file);
                List<String> header = header(file);
                for (int index = 1; index < lines.size(); index++) {
                    String location = root.resolve("grid-platform").relativize(file) + ":" + (index + 1);
                    if (defective.contains(location)) {
                        continue;
                    }
                    assertThat(decodes(lines.get(index), charsetOf(file))).as(location).isTrue();
                    Map<String, String> row = parse(file, header, lines.get(index));
                    assertThat(row.values()).as(location).hasSize(header.size());
                    assertThat(row.get(header.get(0))).as(location).matches("(GW)?\\d{15}");
                }
            }
        }
    }

    private static Charset charsetOf(Path file)
    {
        return decodes(lines(file).get(0), java.nio.charset.StandardCharsets.UTF_8) ? java.nio.charset.StandardCharsets.UTF_8 : GBK;
    }

    private static List<String> header(Path file)
    {
        return List.of(new String(lines(file).get(0), charsetOf(file)).split(","));
    }

    /** The header the district uses for a field, found through any of the names the platforms give it. */
    private static String header(Path file, String field)
    {
        Map<String, List<String>> known = Map.of(
                "grid_name", List.of("网格名称", "网格名", "网格名称(全称)"), "name", List.of("姓名", "人员姓名", "网格员姓名"),
                "community_code", List.of("所属社区代码", "社区编码", "村社区划代码"), "households", List.of("户数", "覆盖户数", "住户数"),
                "created_on", List.of("划定日期", "设立时间", "创建日期"), "hired_on", List.of("入职日期", "上岗时间", "聘用日期"),
                "grid_code", List.of("网格编码", "网格编号", "网格代码"), "worker_id", List.of("人员编号", "网格员ID", "工号"));
        return header(file).stream().filter(known.get(field)::contains).findFirst().orElseThrow();
    }

    private static Map<String, String> parse(Path file, List<String> header, byte[] line)
            throws IOException
    {
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(line, charsetOf(file))),
                CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            CSVRecord record = parser.getRecords().get(0);
            return record.toMap();
        }
    }

    private static boolean decodes(byte[] bytes, Charset charset)
    {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        }
        catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String fileDate(Path file)
    {
        return file.getFileName().toString().replaceAll("\\D", "");
    }

    private static final Map<Path, List<byte[]>> LINES = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<byte[]> lines(Path file)
    {
        return LINES.computeIfAbsent(file, GridPlatformFilesTests::read);
    }

    private static List<byte[]> read(Path file)
    {
        try {
            byte[] content = Files.readAllBytes(file);
            List<byte[]> lines = new ArrayList<>();
            int start = 0;
            for (int index = 0; index < content.length; index++) {
                if (content[index] == '\n') {
                    lines.add(java.util.Arrays.copyOfRange(content, start, index));
                    start = index + 1;
                }
            }
            return lines;
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
