package io.quanyu.extract.jdbc;

import io.quanyu.extract.ods.SourceRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SourceRowMapperTests
{
    private static final LocalDate LOGICAL_DATE = LocalDate.of(2026, 11, 21);

    @Test
    void eachResultSetIsMappedByItsOwnColumns()
            throws SQLException
    {
        // given one mapper and two queries whose columns differ in number, name and type
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:row-mapper", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table service_event (EVENT_ID varchar(10), TITLE varchar(40), URGENT boolean)");
            statement.execute("insert into service_event values ('E1', '楼道堆物', true), ('E2', null, false)");
            SourceRowMapper mapper = new SourceRowMapper("service_event", "event_id", LOGICAL_DATE);

            // when both are mapped with it, one after the other
            List<SourceRecord> wide = map(mapper, statement.executeQuery("select * from service_event order by event_id"));
            List<SourceRecord> narrow = map(mapper, statement.executeQuery("select event_id, title as label from service_event order by event_id"));

            // then every row has its own result set's lower-case names, booleans the same whatever the database
            assertThat(wide).extracting(SourceRecord::fields).containsExactly(
                    fields("event_id", "E1", "title", "楼道堆物", "urgent", "true"),
                    fields("event_id", "E2", "title", null, "urgent", "false"));
            assertThat(narrow).extracting(SourceRecord::fields).containsExactly(
                    fields("event_id", "E1", "label", "楼道堆物"),
                    fields("event_id", "E2", "label", null));
            assertThat(narrow.get(1).location()).isEqualTo("service_event:event_id=E2");
            assertThat(narrow.get(0).raw()).isEqualTo("{\"event_id\":\"E1\",\"label\":\"楼道堆物\"}");
            assertThat(narrow.get(0).sourceDate()).isEqualTo(LOGICAL_DATE);
        }
    }

    private static List<SourceRecord> map(SourceRowMapper mapper, ResultSet rows)
            throws SQLException
    {
        List<SourceRecord> records = new ArrayList<>();
        try (rows) {
            while (rows.next()) {
                records.add(mapper.mapRow(rows, records.size()));
            }
        }
        return records;
    }

    private static Map<String, String> fields(String... namesAndValues)
    {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            fields.put(namesAndValues[index], namesAndValues[index + 1]);
        }
        return fields;
    }
}
