package io.quanyu.extract.ods;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceValuesTests
{
    @Test
    void timestampsAreReadAsDatabasesAndDistrictsWriteThem()
    {
        assertThat(SourceValues.parse("timestamp", "2026-11-01 09:30:05")).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 9, 30, 5)));
        assertThat(SourceValues.parse("timestamp", "2026-11-01T09:30:05")).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 9, 30, 5)));
        assertThat(SourceValues.parse("timestamp", "2026-11-01 09:30:05.5")).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 9, 30, 5, 500_000_000)));
        assertThat(SourceValues.parse("timestamp", "2026-11-01 09:30:05.123456789"))
                .isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 9, 30, 5, 123_456_789)));
        assertThat(SourceValues.parse("timestamp", " 2026-11-01 09:30 ")).isEqualTo(Timestamp.valueOf(LocalDateTime.of(2026, 11, 1, 9, 30)));
    }

    @Test
    void impossibleOrMalformedTimestampsAreRefusedNotMoved()
    {
        assertThatThrownBy(() -> SourceValues.parse("timestamp", "2026-02-30 09:30:05")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("timestamp", "2026-11-01 25:30:05")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("timestamp", "2026-1a-01 09:30:05")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("timestamp", "2026-02-30 09:30")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void datesComeInEachDistrictsFormatAndImpossibleOnesAreRefused()
    {
        LocalDate expected = LocalDate.of(2026, 10, 3);
        assertThat(SourceValues.parse("date", "2026-10-03")).isEqualTo(expected);
        assertThat(SourceValues.parse("date", "2026/10/03")).isEqualTo(expected);
        assertThat(SourceValues.parse("date", "20261003")).isEqualTo(expected);
        assertThat(SourceValues.parse("date", "2026-10-03 00:00:00")).isEqualTo(expected);
        assertThatThrownBy(() -> SourceValues.parse("date", "2026-02-30")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("date", "20260230")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("date", "2026/13/01")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("date", "2026-10/03")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("date", "2026-1a-03")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> SourceValues.parse("date", "2026-10-3")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void decimalsKeepTheirDeclaredScaleAndMustFitEachDeclaration()
    {
        // the same text against two declarations: each is held to its own precision and scale
        assertThat(SourceValues.parse("decimal(12,2)", " 1234.5 ")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(SourceValues.parse("decimal(5,1)", "1234.5")).isEqualTo(new BigDecimal("1234.5"));
        assertThatThrownBy(() -> SourceValues.parse("decimal(5,2)", "1234.5")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal(5,2)");
        assertThatThrownBy(() -> SourceValues.parse("decimal(12,2)", "1.125")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SourceValues.parse("decimal(12,2)", "十二")).isInstanceOf(NumberFormatException.class);
    }
}
