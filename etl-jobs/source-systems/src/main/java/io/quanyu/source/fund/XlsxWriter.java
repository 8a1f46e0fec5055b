package io.quanyu.source.fund;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a one-sheet .xlsx workbook (Office Open XML, read by Excel, LibreOffice and Apache POI): text as inline
 * strings, numbers, dates as date-formatted serials, formulas with their cached values, and merged cells. Written
 * directly because a finance office's month of entries is small and there are thousands of such files.
 */
public final class XlsxWriter
{
    static final int DATE_STYLE = 1;
    static final int AMOUNT_STYLE = 2;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final String sheetName;
    private final List<String> rows = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();

    public XlsxWriter(String sheetName)
    {
        this.sheetName = sheetName;
    }

    /** Adds a row; each value is a String, a Number, a LocalDate, a {@link Formula}, or null for an empty cell. Returns its number. */
    public int row(Object... values)
    {
        int number = rows.size() + 1;
        StringBuilder row = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value == null) {
                continue;
            }
            String reference = columnName(column) + number;
            if (value instanceof String text) {
                row.append("<c r=\"%s\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%s</t></is></c>".formatted(reference, escape(text)));
            }
            else if (value instanceof LocalDate date) {
                row.append("<c r=\"%s\" s=\"%d\"><v>%d</v></c>".formatted(reference, DATE_STYLE, ChronoUnit.DAYS.between(EXCEL_EPOCH, date)));
            }
            else if (value instanceof Formula formula) {
                row.append("<c r=\"%s\" s=\"%d\"><f>%s</f><v>%s</v></c>".formatted(reference, AMOUNT_STYLE, escape(formula.expression()), formula.cached()));
            }
            else if (value instanceof Number amount) {
                row.append("<c r=\"%s\" s=\"%d\"><v>%s</v></c>".formatted(reference, AMOUNT_STYLE, amount));
            }
            else {
                throw new IllegalArgumentException("unsupported cell value " + value.getClass());
            }
        }
        rows.add(row.append("</row>").toString());
        return number;
    }

    /** How many rows the sheet has so far. */
    public int rows()
    {
        return rows.size();
    }

    public void merge(String range)
    {
        merges.add(range);
    }

    public void write(Path file)
    {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream output = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(output, StandardCharsets.UTF_8)) {
                entry(zip, "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                        <Default Extension="xml" ContentType="application/xml"/>\
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                        </Types>""");
                entry(zip, "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                        </Relationships>""");
                entry(zip, "xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                        <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName)));
                entry(zip, "xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                        </Relationships>""");
                entry(zip, "xl/styles.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>\
                        <fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>\
                        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                        <xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                        </styleSheet>""");
                StringBuilder sheet = new StringBuilder("""
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
                rows.forEach(sheet::append);
                sheet.append("</sheetData>");
                if (!merges.isEmpty()) {
                    sheet.append("<mergeCells count=\"%d\">".formatted(merges.size()));
                    merges.forEach(range -> sheet.append("<mergeCell ref=\"%s\"/>".formatted(range)));
                    sheet.append("</mergeCells>");
                }
                entry(zip, "xl/worksheets/sheet1.xml", sheet.append("</worksheet>").toString());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write workbook " + file, e);
        }
    }

    /** A formula and the value it evaluates to, which readers that do not calculate show. */
    public record Formula(String expression, Object cached) {}

    static String columnName(int column)
    {
        StringBuilder name = new StringBuilder();
        for (int index = column; index >= 0; index = index / 26 - 1) {
            name.insert(0, (char) ('A' + index % 26));
        }
        return name.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content)
            throws IOException
    {
        ZipEntry entry = new ZipEntry(name);
        // a fixed time, so the same data gives the same bytes
        entry.setTimeLocal(java.time.LocalDateTime.of(2020, 1, 1, 0, 0));
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text)
    {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char character : text.toCharArray()) {
            switch (character) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // characters XML 1.0 cannot carry at all
                    if (character >= 0x20 || character == '\t' || character == '\n' || character == '\r') {
                        escaped.append(character);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
