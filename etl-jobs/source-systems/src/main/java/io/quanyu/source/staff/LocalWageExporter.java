package io.quanyu.source.staff;

import io.quanyu.source.csv.CsvDialect;
import io.quanyu.source.csv.DefectiveCsvWriter;
import io.quanyu.source.territory.Division;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The local average wages the HR system keeps beside its rosters, {@code local-average-wage.csv}: each district's
 * published average annual wage of urban non-private employees per year, which the 1.6 / 1.3 / 1.1 pay rule is
 * measured against (the previous year's). UTF-8 with a byte-order mark, like the rosters.
 */
public final class LocalWageExporter
{
    public static final String FILE = "local-average-wage.csv";
    static final CsvDialect DIALECT = new CsvDialect(StandardCharsets.UTF_8, List.of("district_code", "district_name", "year", "average_wage"),
            Map.of("district_code", "区县代码", "district_name", "区县名称", "year", "年份", "average_wage", "城镇非私营单位在岗职工年平均工资(元)"),
            DateTimeFormatter.ISO_LOCAL_DATE, true);

    private final Path folder;

    public LocalWageExporter(Path folder)
    {
        this.folder = requireNonNull(folder, "folder is null");
    }

    public void export(List<Division> districts, int firstYear, int lastYear)
    {
        try (DefectiveCsvWriter writer = new DefectiveCsvWriter(folder.resolve(FILE), DIALECT)) {
            for (int year = firstYear; year <= lastYear; year++) {
                for (Division district : districts) {
                    Map<String, String> row = new LinkedHashMap<>();
                    row.put("district_code", district.code());
                    row.put("district_name", district.name());
                    row.put("year", Integer.toString(year));
                    row.put("average_wage", Long.toString(LocalWages.averageAnnualWage(district.code().substring(0, 6), year)));
                    writer.write(row);
                }
            }
        }
    }
}
