package io.quanyu.extract.fund;

import io.quanyu.extract.file.SourceFile;
import io.quanyu.extract.ods.SourceRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Reads the voucher rows of street ledger workbooks: sheet 经费台账, a title and unit row, the header on row 3, one row
 * per voucher, then the month's totals (本月...合计), which are not vouchers. Each record carries the street (the
 * workbook's folder) and month, and its location is the workbook and row number as Excel shows it.
 */
public class LedgerWorkbookReader
        extends AbstractItemCountingItemStreamItemReader<SourceRecord>
{
    static final String SHEET = "经费台账";
    private static final int HEADER_ROW = 2;

    private final List<SourceFile> files;
    private final Deque<SourceRecord> pending = new ArrayDeque<>();
    private int fileIndex;

    public LedgerWorkbookReader(String name, List<SourceFile> files)
    {
        setName(requireNonNull(name, "name is null"));
        this.files = List.copyOf(files);
    }

    @Override
    protected void doOpen()
    {
        fileIndex = 0;
        pending.clear();
    }

    @Override
    protected SourceRecord doRead()
    {
        while (pending.isEmpty()) {
            if (fileIndex >= files.size()) {
                return null;
            }
            pending.addAll(read(files.get(fileIndex++)));
        }
        return pending.poll();
    }

    @Override
    protected void doClose()
    {
        pending.clear();
    }

    private static List<SourceRecord> read(SourceFile file)
    {
        String street = file.path().getParent().getFileName().toString();
        String month = file.fileDate().toString().substring(0, 7);
        try (OPCPackage container = OPCPackage.open(file.path().toFile(), PackageAccess.READ); XSSFWorkbook workbook = new XSSFWorkbook(container)) {
            Sheet sheet = workbook.getSheet(SHEET);
            if (sheet == null) {
                throw new ItemStreamException("workbook %s has no sheet %s".formatted(file.location(), SHEET));
            }
            List<String> header = texts(sheet.getRow(HEADER_ROW), -1);
            List<SourceRecord> records = new ArrayList<>();
            for (int index = HEADER_ROW + 1; index <= sheet.getLastRowNum(); index++) {
                List<String> cells = texts(sheet.getRow(index), header.size());
                if (cells.stream().allMatch(String::isEmpty) || cells.get(0).startsWith("本月")) {
                    break;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("street_code", street);
                fields.put("ledger_month", month);
                for (int column = 0; column < header.size(); column++) {
                    fields.put(header.get(column), cells.get(column));
                }
                records.add(new SourceRecord(file.location() + ":" + (index + 1), fields, String.join(",", cells), file.fileDate()));
            }
            return records;
        }
        catch (ItemStreamException e) {
            throw e;
        }
        catch (Exception e) {
            throw new ItemStreamException("cannot read workbook %s: %s".formatted(file.location(), e.getMessage()), e);
        }
    }

    private static List<String> texts(Row row, int width)
    {
        List<String> texts = new ArrayList<>();
        int last = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        for (int column = 0; column < (width < 0 ? last : width); column++) {
            texts.add(row == null ? "" : text(row.getCell(column)));
        }
        return texts;
    }

    private static String text(Cell cell)
    {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
