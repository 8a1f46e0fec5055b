package io.quanyu.source.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * A city's real divisions, read from the extract kept in {@code territory/<city code>/divisions.csv} on the classpath
 * (see territory/README.md for its provenance), or for other cities from the same layout below the folder named by
 * {@code quanyu.territory.directory} (system property) or {@code QUANYU_TERRITORY_DIR}, where
 * {@code scripts/refresh-territory.sh} writes them.
 */
public final class Territory
{
    private final String cityCode;
    private final List<Division> divisions;
    private final Map<String, Division> byCode;

    private Territory(String cityCode, List<Division> divisions)
    {
        this.cityCode = cityCode;
        this.divisions = List.copyOf(divisions);
        this.byCode = divisions.stream().collect(Collectors.toUnmodifiableMap(Division::code, Function.identity()));
    }

    public static Territory ofCity(String cityCode)
    {
        requireNonNull(cityCode, "cityCode is null");
        String resource = "territory/" + cityCode + "/divisions.csv";
        try (InputStream input = open(cityCode, resource)) {
            if (input == null) {
                throw new IllegalArgumentException(("no territory extract for city %s: run "
                        + "etl-jobs/source-systems/scripts/refresh-territory.sh %s").formatted(cityCode, cityCode));
            }
            return new Territory(cityCode, parse(input, resource));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String cityCode, String resource)
            throws IOException
    {
        InputStream bundled = Territory.class.getClassLoader().getResourceAsStream(resource);
        if (bundled != null) {
            return bundled;
        }
        String folder = System.getProperty("quanyu.territory.directory", System.getenv("QUANYU_TERRITORY_DIR"));
        if (folder == null || folder.isBlank()) {
            return null;
        }
        java.nio.file.Path file = java.nio.file.Path.of(folder, cityCode, "divisions.csv");
        return java.nio.file.Files.exists(file) ? java.nio.file.Files.newInputStream(file) : null;
    }

    private static List<Division> parse(InputStream input, String resource)
            throws IOException
    {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        List<Division> divisions = new ArrayList<>();
        String header = reader.readLine();
        if (!"level,division_code,division_name,parent_code".equals(header)) {
            throw new IllegalStateException("unexpected header %s in %s".formatted(header, resource));
        }
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                throw new IllegalStateException("%s line %d has %d cells, expected 4".formatted(resource, lineNumber, cells.length));
            }
            divisions.add(new Division(DivisionLevel.ofCode(cells[0]), cells[1], cells[2], cells[3]));
        }
        return divisions;
    }

    public String cityCode()
    {
        return cityCode;
    }

    public Division city()
    {
        return ofLevel(DivisionLevel.CITY).get(0);
    }

    public List<Division> divisions()
    {
        return divisions;
    }

    public List<Division> ofLevel(DivisionLevel level)
    {
        return divisions.stream().filter(division -> division.level() == level).toList();
    }

    public Division division(String code)
    {
        Division division = byCode.get(code);
        if (division == null) {
            throw new IllegalArgumentException("unknown division code %s in city %s".formatted(code, cityCode));
        }
        return division;
    }

    /** Only the city, the given district and what lies below it: the {@code small} scale. */
    public Territory restrictedToDistrict(String districtCode)
    {
        Division district = division(districtCode);
        return new Territory(cityCode, divisions.stream()
                .filter(division -> division.level() == DivisionLevel.CITY || division.districtPrefix().equals(district.districtPrefix()))
                .toList());
    }
}
