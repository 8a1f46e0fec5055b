package io.quanyu.extract;

import io.quanyu.extract.event.ServiceEventExtractJobConfiguration;
import io.quanyu.extract.grid.GridPlatformExtractJobConfiguration;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalExtractJobTests
        extends ExtractJobTestBase
{
    private static final LocalDate NEXT_DAY = ExtractJobTestSupport.AS_OF.plusDays(1);

    @Test
    void theNextDayLoadsOnlyWhatChangedIncludingLateChangesToOldRowsAndReRunsReplaceIt()
            throws Exception
    {
        // given every source loaded for the simulated day
        jobs.loadAllOnce(ExtractJobTestSupport.AS_OF);
        long firstDayEvents = count("ods_service_event", ExtractJobTestSupport.AS_OF);
        long firstDayGrids = count("ods_grid", ExtractJobTestSupport.AS_OF);

        // when, the next day, an event reported weeks ago is resolved late and one district exports a changed grid
        String eventId = spark.sql("select min(event_id) from ods.ods_service_event where logical_date = date'2026-11-01' and status = '已上报'")
                .first().getString(0);
        try (Connection governance = ExtractJobTestSupport.SOURCES.governanceDatabase().connect()) {
            governance.createStatement().executeUpdate("""
                    update service_event set status = '已办结', resolved_at = timestamp '2026-11-02 09:00:00', updated_at = timestamp '2026-11-02 09:30:00'
                    where event_id = '%s'""".formatted(eventId));
        }
        Path district = ExtractJobTestSupport.SOURCES.root().resolve("grid-platform/330203000000");
        Path firstExport = district.resolve("grids-20261003.csv");
        Charset charset = io.quanyu.extract.file.HeaderEncoding.of(firstExport);
        List<String> lines = Files.readAllLines(firstExport, charset);
        Files.write(district.resolve("grids-20261102.csv"), List.of(lines.get(0), lines.get(1)), charset);
        jobs.run(ServiceEventExtractJobConfiguration.JOB_NAME, NEXT_DAY);
        jobs.run(GridPlatformExtractJobConfiguration.JOB_NAME, NEXT_DAY);

        // then the next day holds just those changes, the event in its new state
        List<Row> events = spark.sql("select event_id, status from ods.ods_service_event where logical_date = date'2026-11-02'").collectAsList();
        assertThat(events).extracting(row -> row.getString(0) + " " + row.getString(1)).containsExactly(eventId + " 已办结");
        assertThat(count("ods_grid", NEXT_DAY)).isEqualTo(1);
        Row window = spark.sql("""
                select cast(window_start as string), cast(window_end as string) from ops.ops_load_audit
                where logical_date = date'2026-11-02' and table_name = 'ods_service_event'""").first();
        assertThat(window.getString(0) + " to " + window.getString(1)).isEqualTo("2026-11-02 00:00:00 to 2026-11-03 00:00:00");

        // and when the next day runs twice more, and the first day once more, nothing is doubled or lost
        jobs.run(ServiceEventExtractJobConfiguration.JOB_NAME, NEXT_DAY);
        jobs.run(ServiceEventExtractJobConfiguration.JOB_NAME, NEXT_DAY);
        jobs.run(GridPlatformExtractJobConfiguration.JOB_NAME, NEXT_DAY);
        jobs.run(ServiceEventExtractJobConfiguration.JOB_NAME, ExtractJobTestSupport.AS_OF);
        assertThat(count("ods_service_event", NEXT_DAY)).isEqualTo(1);
        assertThat(count("ods_grid", NEXT_DAY)).isEqualTo(1);
        assertThat(count("ods_grid", ExtractJobTestSupport.AS_OF)).isEqualTo(firstDayGrids);
        // the source keeps only an event's current state: re-read for the first day's window, the changed event is the next day's
        assertThat(count("ods_service_event", ExtractJobTestSupport.AS_OF)).isEqualTo(firstDayEvents - 1);
        assertThat(spark.sql("select count(*) from ops.ops_load_audit where table_name = 'ods_service_event'").first().getLong(0)).isEqualTo(2);
    }

    private long count(String table, LocalDate day)
    {
        return spark.sql("select count(*) from ods.%s where logical_date = date'%s' and source_system <> 'grid-platform-api'".formatted(table, day))
                .first().getLong(0);
    }
}
