package io.quanyu.transform.region;

import io.quanyu.spark.SparkTestBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RegionDimensionBuilderTests
        extends SparkTestBase
{
    @Test
    void everyRegionNamesItsAncestors()
    {
        Dataset<Row> divisions = spark().createDataFrame(List.of(
                RowFactory.create("city", "330200000000", "宁波市", "330000000000"),
                RowFactory.create("district", "330203000000", "海曙区", "330200000000"),
                RowFactory.create("street", "330203001000", "南门街道", "330203000000"),
                RowFactory.create("community", "330203001001", "南门社区居委会", "330203001000")),
                StructType.fromDDL("division_level string, division_code string, division_name string, parent_code string"));

        Map<String, Row> regions = RegionDimensionBuilder.build(divisions, LocalDate.of(2026, 11, 2)).collectAsList().stream()
                .collect(Collectors.toMap(row -> row.getString(0), row -> row));

        Row community = regions.get("330203001001");
        assertThat(community.getAs("city_name").toString()).isEqualTo("宁波市");
        assertThat(community.getAs("district_name").toString()).isEqualTo("海曙区");
        assertThat(community.getAs("street_name").toString()).isEqualTo("南门街道");
        assertThat(community.getAs("community_name").toString()).isEqualTo("南门社区居委会");
        Row district = regions.get("330203000000");
        assertThat(district.getAs("city_code").toString()).isEqualTo("330200000000");
        assertThat((Object) district.getAs("street_code")).isNull();
        Row city = regions.get("330200000000");
        assertThat((Object) city.getAs("parent_code")).isNull();
        assertThat((Object) city.getAs("district_code")).isNull();
        assertThat(city.getAs("loaded_from").toString()).isEqualTo("2026-11-02");
    }
}
