package io.quanyu.extract;

import io.quanyu.extract.ods.ReferenceKeys;
import io.quanyu.spark.WarehouseTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

class ReferenceKeysTests
        extends ExtractJobTestBase
{
    private static final LocalDate FIRST = LocalDate.of(2030, 1, 1);
    private static final LocalDate SECOND = FIRST.plusDays(1);
    private static final String QUARANTINED_GRID = "330200000000-quarantined-only";

    @Autowired
    private WarehouseTables tables;

    @Autowired
    private ReferenceKeys referenceKeys;

    @AfterEach
    void removeTheLaterLoads()
    {
        spark.sql("delete from ods.ods_party_member where logical_date >= date'%s'".formatted(FIRST));
        spark.sql("delete from ods.ods_quarantine where record_key = '%s'".formatted(QUARANTINED_GRID));
    }

    @Test
    void pointsAreCheckedAgainstTheNewestMemberSnapshotAndGridWorkersAgainstEveryGridLoad()
            throws Exception
    {
        // given two later snapshots of the party members, the second without a member the first had
        jobs.loadAllOnce(ExtractJobTestSupport.AS_OF);
        Dataset<Row> two = spark.table("ods.ods_party_member").where(col("logical_date").equalTo(lit(Date.valueOf(ExtractJobTestSupport.AS_OF))))
                .orderBy("member_id").limit(2);
        List<String> members = two.select("member_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        two.withColumn("logical_date", lit(Date.valueOf(FIRST))).writeTo("ods.ods_party_member").append();
        two.limit(1).withColumn("logical_date", lit(Date.valueOf(SECOND))).writeTo("ods.ods_party_member").append();

        // when a day's points are checked
        Set<String> onFirst = memberKeys(FIRST);
        Set<String> onSecond = memberKeys(SECOND);

        // then only the newest snapshot on or before the day counts, as the source held its members then
        assertThat(onFirst).containsExactlyInAnyOrderElementsOf(members);
        assertThat(onSecond).containsExactly(members.get(0));
        // while grids, loaded by their changes, count from every load up to the day
        long grids = spark.sql("select count(distinct grid_code) from ods.ods_grid where logical_date <= date'%s'".formatted(ExtractJobTestSupport.AS_OF))
                .first().getLong(0);
        Set<String> gridKeys = referenceKeys.keySets(tables.definition("ods_grid_worker"), ExtractJobTestSupport.AS_OF).get("grid_code");
        assertThat(gridKeys).hasSizeGreaterThanOrEqualTo((int) grids);
        // and a grid quarantined for another problem still exists: its workers are no orphans
        assertThat(gridKeys).doesNotContain(QUARANTINED_GRID);
        spark.table("ods.ods_quarantine").limit(1)
                .withColumn("target_table", lit("ods_grid"))
                .withColumn("record_key", lit(QUARANTINED_GRID))
                .writeTo("ods.ods_quarantine").append();
        assertThat(referenceKeys.keySets(tables.definition("ods_grid_worker"), ExtractJobTestSupport.AS_OF).get("grid_code")).contains(QUARANTINED_GRID);
    }

    private Set<String> memberKeys(LocalDate day)
    {
        return referenceKeys.keySets(tables.definition("ods_member_point"), day).get("member_id");
    }
}
