package io.quanyu.source.fund;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;
import io.quanyu.source.defect.DefectValues;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.Territory;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * One workbook per street per month, {@code <street code>/<街道名><yyyy>年<MM>月经费台账.xlsx}, the way a street finance
 * office keeps its ledger: a title row, the unit, a header, one row per voucher in date order, and totals by formula.
 */
public final class FundLedgerExporter
{
    public static final String SOURCE = "fund-ledger";
    public static final String SHEET = "经费台账";
    static final List<String> HEADER = List.of("序号", "日期", "凭证号", "社区代码", "社区名称", "经费类型", "收支方向", "资金来源", "摘要", "金额", "经办人");
    static final int FIRST_DATA_ROW = 4;
    private static final List<DefectKind> KINDS = List.of(DefectKind.DUPLICATE_ROW, DefectKind.UNKNOWN_DIVISION_CODE, DefectKind.MISSING_REQUIRED_FIELD,
            DefectKind.ABSURD_VALUE, DefectKind.FUTURE_DATE, DefectKind.NAME_VARIANT, DefectKind.BROKEN_ENCODING);

    private final Path folder;
    private final Territory territory;
    private final DefectPlan plan;
    private final DefectManifest manifest;
    private final Set<String> knownDivisions;

    public FundLedgerExporter(Path folder, Territory territory, DefectPlan plan, DefectManifest manifest, Set<String> knownDivisions)
    {
        this.folder = requireNonNull(folder, "folder is null");
        this.territory = requireNonNull(territory, "territory is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.knownDivisions = Set.copyOf(knownDivisions);
    }

    /** Writes every street-month that has entries and returns how many workbooks that was. */
    public int export(List<FundEntry> entries)
    {
        Map<String, Map<YearMonth, List<FundEntry>>> byStreet = entries.stream().collect(Collectors.groupingBy(
                entry -> entry.communityCode().substring(0, 9) + "000",
                TreeMap::new,
                Collectors.groupingBy(entry -> YearMonth.from(entry.date()), TreeMap::new, Collectors.toList())));
        int workbooks = 0;
        for (Map.Entry<String, Map<YearMonth, List<FundEntry>>> street : byStreet.entrySet()) {
            Division division = territory.division(street.getKey());
            for (Map.Entry<YearMonth, List<FundEntry>> month : street.getValue().entrySet()) {
                write(division, month.getKey(), month.getValue());
                workbooks++;
            }
        }
        return workbooks;
    }

    public static String fileName(Division street, YearMonth month)
    {
        return "%s%d年%02d月经费台账.xlsx".formatted(street.name(), month.getYear(), month.getMonthValue());
    }

    private void write(Division street, YearMonth month, List<FundEntry> entries)
    {
        String file = fileName(street, month);
        String location = street.code() + "/" + file;
        XlsxWriter sheet = new XlsxWriter(SHEET);
        sheet.row("%s%d年%d月社区经费收支台账".formatted(street.name(), month.getYear(), month.getMonthValue()));
        sheet.merge("A1:K1");
        sheet.row("编制单位：%s财政所".formatted(street.name()), null, null, null, null, null, null, null, null, "单位：元");
        sheet.merge("A2:F2");
        sheet.row(HEADER.toArray());
        List<FundEntry> ordered = entries.stream()
                .sorted(Comparator.comparing(FundEntry::date).thenComparing(FundEntry::communityCode).thenComparing(FundEntry::summary))
                .toList();
        int sequence = 0;
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal spent = BigDecimal.ZERO;
        for (FundEntry entry : ordered) {
            sequence++;
            String voucher = "记-%02d-%03d".formatted(month.getMonthValue(), sequence);
            Object[] cells = {sequence, entry.date(), voucher, entry.communityCode(), entry.communityName(), entry.fundType().label(),
                    entry.direction(), entry.sourceLevel(), entry.summary(), yuan(entry.amountInFen()), entry.handler()};
            Optional<DefectKind> defect = plan.pick(SOURCE, location + "|" + voucher, KINDS);
            int written = 1;
            if (defect.isPresent()) {
                written = defect(sheet, location, voucher, cells, defect.get(), month);
            }
            else {
                sheet.row(cells);
            }
            // the totals are what Excel computes from the rows as written, defects included
            BigDecimal amount = ((BigDecimal) cells[9]).multiply(BigDecimal.valueOf(written));
            if (entry.allocation()) {
                allocated = allocated.add(amount);
            }
            else {
                spent = spent.add(amount);
            }
        }
        int last = Math.max(FIRST_DATA_ROW, sheet.rows());
        sheet.row("本月拨入合计", null, null, null, null, null, null, null, null,
                new XlsxWriter.Formula("SUMIF(G%d:G%d,\"拨入\",J%d:J%d)".formatted(FIRST_DATA_ROW, last, FIRST_DATA_ROW, last), allocated));
        sheet.row("本月支出合计", null, null, null, null, null, null, null, null,
                new XlsxWriter.Formula("SUMIF(G%d:G%d,\"支出\",J%d:J%d)".formatted(FIRST_DATA_ROW, last, FIRST_DATA_ROW, last), spent));
        sheet.write(folder.resolve(street.code()).resolve(file));
    }

    /** Writes the row with its defect and returns how many rows that was (two for a duplicate). */
    private int defect(XlsxWriter sheet, String location, String voucher, Object[] cells, DefectKind kind, YearMonth month)
    {
        SplittableRandom random = SeededRandom.forKey(plan.seed(), "defect-value|" + SOURCE, location + "|" + voucher);
        String field = switch (kind) {
            case DUPLICATE_ROW -> {
                sheet.row(cells);
                yield "凭证号";
            }
            case UNKNOWN_DIVISION_CODE -> {
                cells[3] = DefectValues.unknownDivisionCode((String) cells[3], knownDivisions::contains);
                yield "社区代码";
            }
            case MISSING_REQUIRED_FIELD -> {
                cells[4] = null;
                yield "社区名称";
            }
            case ABSURD_VALUE -> {
                cells[9] = random.nextBoolean() ? ((BigDecimal) cells[9]).negate() : new BigDecimal("99999999.00");
                yield "金额";
            }
            case FUTURE_DATE -> {
                cells[1] = month.atEndOfMonth().plusDays(200 + random.nextInt(400));
                yield "日期";
            }
            case NAME_VARIANT -> {
                cells[4] = DefectValues.trailingSpaces((String) cells[4], random);
                yield "社区名称";
            }
            case BROKEN_ENCODING -> {
                cells[8] = DefectValues.mojibake((String) cells[8]);
                yield "摘要";
            }
            default -> throw new IllegalStateException("no ledger defect " + kind);
        };
        int row = sheet.row(cells);
        manifest.record(new Defect(SOURCE, location + ":" + row, kind, field, voucher));
        return kind == DefectKind.DUPLICATE_ROW ? 2 : 1;
    }

    private static BigDecimal yuan(long fen)
    {
        return BigDecimal.valueOf(fen, 2);
    }
}
