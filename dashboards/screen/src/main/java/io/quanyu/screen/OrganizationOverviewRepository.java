package io.quanyu.screen;

import io.quanyu.screen.OrganizationOverview.LevelCount;
import io.quanyu.screen.OrganizationOverview.RegionCount;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Reads the organization figures from Trino; every value is a bound parameter. */
@Repository
public class OrganizationOverviewRepository
{
    private static final String LATEST_DATE = SqlFiles.read("latest_stat_date");
    private static final String CITY_NAME = SqlFiles.read("city_name");
    private static final String BY_DISTRICT = SqlFiles.read("organizations_by_district");
    private static final String BY_LEVEL = SqlFiles.read("organizations_by_level");

    private final NamedParameterJdbcTemplate trino;

    public OrganizationOverviewRepository(NamedParameterJdbcTemplate trino)
    {
        this.trino = requireNonNull(trino, "trino is null");
    }

    public Optional<LocalDate> latestStatDate()
    {
        return Optional.ofNullable(trino.queryForObject(LATEST_DATE, Map.of(), Date.class)).map(Date::toLocalDate);
    }

    public OrganizationOverview overview(String cityCode, LocalDate statDate)
    {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("stat_date", Date.valueOf(statDate))
                .addValue("city_code", cityCode);
        List<String> cityName = trino.queryForList(CITY_NAME, parameters, String.class);
        List<RegionCount> districts = trino.query(BY_DISTRICT, parameters,
                (row, index) -> new RegionCount(row.getString("district_code"), row.getString("district_name"), row.getLong("organizations")));
        List<LevelCount> levels = trino.query(BY_LEVEL, parameters,
                (row, index) -> new LevelCount(row.getString("organization_level"), row.getLong("organizations")));
        long total = levels.stream().mapToLong(LevelCount::organizations).sum();
        return new OrganizationOverview(statDate, cityCode, cityName.isEmpty() ? cityCode : cityName.get(0), total, districts, levels);
    }
}
