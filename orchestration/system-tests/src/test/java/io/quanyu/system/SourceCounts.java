package io.quanyu.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/** The truth the screen must show, counted straight from the source database: active organizations per district. */
final class SourceCounts
{
    private SourceCounts() {}

    static Map<String, Long> activeByDistrict(Connection source)
            throws SQLException
    {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rows = source.createStatement().executeQuery("""
                select substring(division_code, 1, 6) || '000000' as district_code, count(*)
                from party_organization where status = 'active' group by district_code""")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    static long total(Map<String, Long> byDistrict)
    {
        return byDistrict.values().stream().mapToLong(Long::longValue).sum();
    }
}
