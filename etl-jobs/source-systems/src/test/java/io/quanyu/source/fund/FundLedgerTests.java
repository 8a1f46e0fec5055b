package io.quanyu.source.fund;

import io.quanyu.source.Scale;
import io.quanyu.source.SourceSystemsLayout;
import io.quanyu.source.SourceSystemsSimulator;
import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.territory.Territory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FundLedgerTests
{
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private static Path sources;
    private static List<Defect> defects;

    @BeforeAll
    static void generate()
            throws Exception
    {
        sources = Files.createTempDirectory("quanyu-ledgers");
        new SourceSystemsSimulator(new SimulationSettings("3302", Scale.SMALL, 21, END, 120, 0.02)).generate(new SourceSystemsLayout(sources));
        defects = DefectManifest.read(new SourceSystemsLayout(sources).defectManifest()).stream()
                .filter(defect -> defect.source().equals(FundLedgerExporter.SOURCE)).toList();
    }

    @Test
    void aWorkbookIsLaidOutAsTheFinanceOfficeKeepsItAndItsTotalsAddUp()
            throws Exception
    {
        Path file = sources.resolve("fund-ledgers/330203001000/南门街道2026年10月经费台账.xlsx");
        Set<Integer> defective = defects.stream().filter(defect -> defect.location().startsWith("330203001000/南门街道2026年10月"))
                .map(defect -> Integer.parseInt(defect.location().substring(defect.location().lastIndexOf(':') + 1))).collect(Collectors.toSet());
        try (XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
            Sheet sheet = workbook.getSheet("经费台账");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("南门街道2026年10月社区经费收支台账");
            assertThat(sheet.getMergedRegions()).extracting(Object::toString).anySatisfy(region -> assertThat(region).contains("A1:K1"));
            assertThat(cells(sheet.getRow(2))).containsExactlyElementsOf(FundLedgerExporter.HEADER);
            double allocated = 0;
            double spent = 0;
            int last = sheet.getLastRowNum() - 2;
            for (int index = 3; index <= last; index++) {
                Row row = sheet.getRow(index);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
                if (!defective.contains(index + 1)) {
                    assertThat(YearMonth.from(row.getCell(1).getLocalDateTimeCellValue())).isEqualTo(YearMonth.of(2026, 10));
                    assertThat(row.getCell(9).getNumericCellValue()).isPositive();
                }
                double amount = row.getCell(9).getNumericCellValue();
                if (row.getCell(6).getStringCellValue().equals("拨入")) {
                    allocated += amount;
                }
                else {
                    spent += amount;
                }
            }
            Cell allocatedTotal = sheet.getRow(last + 1).getCell(9);
            assertThat(allocatedTotal.getCellFormula()).startsWith("SUMIF(G4:G");
            assertThat(allocatedTotal.getNumericCellValue()).isCloseTo(allocated, org.assertj.core.data.Offset.offset(0.01));
            assertThat(sheet.getRow(last + 2).getCell(9).getNumericCellValue()).isCloseTo(spent, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void allocationsMeetTheStandardsButForTheControlledShare()
    {
        List<CommunityProfile> profiles = CommunityProfiles.of(Territory.ofCity("3302"), 21);
        Map<String, CommunityProfile> byCode = profiles.stream().collect(Collectors.toMap(profile -> profile.community().code(), profile -> profile));
        List<FundEntry> entries = new FundLedgerGenerator(21, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).generate(profiles);

        for (FundType type : List.of(FundType.COMMUNITY_WORK, FundType.PARTY_ORGANIZATION_WORK, FundType.SERVICE_SPECIAL)) {
            Map<String, Long> allocatedYuan = entries.stream().filter(entry -> entry.allocation() && entry.fundType() == type)
                    .collect(Collectors.groupingBy(FundEntry::communityCode, Collectors.summingLong(entry -> entry.amountInFen() / 100)));
            long under = allocatedYuan.entrySet().stream()
                    .filter(entry -> entry.getValue() < FundLedgerGenerator.annualStandard(byCode.get(entry.getKey()), type) - 100).count();
            assertThat(under / (double) allocatedYuan.size()).as(type.label()).isBetween(0.06, 0.14);
        }
        Map<String, Long> spentByCommunity = entries.stream().filter(entry -> !entry.allocation())
                .collect(Collectors.groupingBy(FundEntry::communityCode, Collectors.summingLong(FundEntry::amountInFen)));
        Map<String, Long> allocatedByCommunity = entries.stream().filter(FundEntry::allocation)
                .collect(Collectors.groupingBy(FundEntry::communityCode, Collectors.summingLong(FundEntry::amountInFen)));
        assertThat(spentByCommunity.keySet()).allSatisfy(code ->
                assertThat(spentByCommunity.get(code) / (double) allocatedByCommunity.get(code)).as(code).isBetween(0.59, 0.96));
    }

    @Test
    void everyLedgerDefectIsInTheRowTheManifestNames()
            throws Exception
    {
        assertThat(defects).extracting(Defect::kind).contains(DefectKind.DUPLICATE_ROW, DefectKind.MISSING_REQUIRED_FIELD, DefectKind.ABSURD_VALUE,
                DefectKind.FUTURE_DATE, DefectKind.NAME_VARIANT, DefectKind.BROKEN_ENCODING);
        for (Defect defect : defects) {
            String[] place = defect.location().split(":");
            try (XSSFWorkbook workbook = new XSSFWorkbook(org.apache.poi.openxml4j.opc.OPCPackage.open(sources.resolve("fund-ledgers").resolve(place[0]).toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ))) {
                Row row = workbook.getSheet("经费台账").getRow(Integer.parseInt(place[1]) - 1);
                assertThat(row.getCell(2).getStringCellValue()).as(defect.toString()).isEqualTo(defect.key());
                switch (defect.kind()) {
                    case DUPLICATE_ROW -> assertThat(cells(row.getSheet().getRow(row.getRowNum() - 1))).isEqualTo(cells(row));
                    case UNKNOWN_DIVISION_CODE -> assertThat(row.getCell(3).getStringCellValue()).endsWith("9");
                    case MISSING_REQUIRED_FIELD -> assertThat(row.getCell(4)).isNull();
                    case ABSURD_VALUE -> assertThat(row.getCell(9).getNumericCellValue()).satisfiesAnyOf(
                            value -> assertThat(value).isNegative(), value -> assertThat(value).isGreaterThan(10_000_000));
                    case FUTURE_DATE -> assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isAfter(END);
                    case NAME_VARIANT -> assertThat(row.getCell(4).getStringCellValue()).matches(".*(\\s|\u3000)");
                    case BROKEN_ENCODING -> assertThat(row.getCell(8).getStringCellValue()).containsPattern("[\u00c0-\u00ff]");
                    default -> throw new AssertionError(defect);
                }
            }
        }
    }

    private static List<String> cells(Row row)
    {
        List<String> values = new java.util.ArrayList<>();
        row.forEach(cell -> values.add(cell.toString()));
        return values;
    }
}
