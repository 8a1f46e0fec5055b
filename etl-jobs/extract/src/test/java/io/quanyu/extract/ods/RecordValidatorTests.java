package io.quanyu.extract.ods;

import io.quanyu.schema.WarehouseCatalogue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecordValidatorTests
{
    private static final LocalDate FILE_DATE = LocalDate.of(2026, 10, 3);
    private final RecordValidator validator = new RecordValidator(WarehouseCatalogue.load().table("ods_grid"),
            Map.of("community_code", Set.of("330203001001")::contains));

    @Test
    void aCleanRowIsTypedFromAnyDistrictsHeaders()
    {
        // given a row under one district's headers, dates written its way
        ValidatedRecord record = validator.validate(grid(Map.of("网格编号", "330203001001001", "网格名", "第1网格", "村社区划代码", "330203001001",
                "覆盖户数", "484", "楼道微网格", "12", "状态标识", "正常", "创建日期", "2025/12/07", "拆分自", "", "最后修改时间", "20261003")));

        // then it is accepted with typed values
        assertThat(record.accepted()).as(record.message()).isTrue();
        assertThat(record.values()).containsEntry("households", 484).containsEntry("created_on", LocalDate.of(2025, 12, 7))
                .doesNotContainKey("split_from");
    }

    @Test
    void eachDefectGetsItsReasonAndNamesTheValueAndLocation()
    {
        assertThat(reject("households", "-5")).isEqualTo(RejectionReason.OUT_OF_RANGE);
        assertThat(reject("households", "9999999")).isEqualTo(RejectionReason.OUT_OF_RANGE);
        assertThat(reject("households", "many")).isEqualTo(RejectionReason.INVALID_VALUE);
        assertThat(reject("grid_name", "")).isEqualTo(RejectionReason.MISSING_REQUIRED_FIELD);
        assertThat(reject("grid_name", "第１网格")).isEqualTo(RejectionReason.NAME_VARIANT);
        assertThat(reject("grid_name", "第1网格\u3000")).isEqualTo(RejectionReason.NAME_VARIANT);
        assertThat(reject("grid_name", "第1\uFFFD格")).isEqualTo(RejectionReason.BROKEN_ENCODING);
        assertThat(reject("grid_name", "ç¬¬1ç½\u0091æ ¼")).isEqualTo(RejectionReason.BROKEN_ENCODING);
        assertThat(reject("community_code", "330203001999")).isEqualTo(RejectionReason.UNKNOWN_DIVISION_CODE);
        assertThat(reject("created_on", "2027-06-01")).isEqualTo(RejectionReason.FUTURE_DATE);

        ValidatedRecord record = validator.validate(grid(clean(Map.of("community_code", "330203001999"))));
        assertThat(record.message()).isEqualTo("unknown division code 330203001999 in community_code, in 330203000000/grids-20261003.csv:7 for ods_grid");
    }

    @Test
    void fullWidthBracketsInANameAreNotAVariant()
    {
        assertThat(validator.validate(grid(clean(Map.of("grid_name", "第1网格（东区）")))).accepted()).isTrue();
    }

    private RejectionReason reject(String column, String value)
    {
        ValidatedRecord record = validator.validate(grid(clean(Map.of(column, value))));
        assertThat(record.accepted()).as(column + "=" + value).isFalse();
        assertThat(record.rejections().get(0).field()).isEqualTo(column);
        return record.rejections().get(0).reason();
    }

    private static Map<String, String> clean(Map<String, String> changes)
    {
        Map<String, String> fields = new HashMap<>(Map.of("grid_code", "330203001001001", "grid_name", "第1网格", "community_code", "330203001001",
                "households", "484", "micro_grids", "12", "status", "正常", "created_on", "2025-12-07", "split_from", "", "updated_on", "2026-10-03"));
        fields.putAll(changes);
        Map<String, String> headers = Map.of("grid_code", "网格编码", "grid_name", "网格名称", "community_code", "所属社区代码", "households", "户数",
                "micro_grids", "微网格数", "status", "状态", "created_on", "划定日期", "split_from", "来源网格", "updated_on", "更新日期");
        Map<String, String> row = new HashMap<>();
        fields.forEach((column, value) -> row.put(headers.get(column), value));
        return row;
    }

    private static SourceRecord grid(Map<String, String> fields)
    {
        return new SourceRecord("330203000000/grids-20261003.csv:7", fields, String.join(",", List.copyOf(fields.values())), FILE_DATE);
    }
}
