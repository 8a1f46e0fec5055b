package io.quanyu.extract.ods;

import io.quanyu.schema.ColumnDefinition;
import io.quanyu.schema.TableDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Checks a source record against its ODS table's declaration and types its values. Every problem is reported with the
 * column, the value and where the record is; nothing is repaired. The checks run in the order a reader would look:
 * encoding, presence, type, code list, range, name form, references, then dates against each other.
 */
public final class RecordValidator
{
    private static final String DIVISION_TABLE = "ods_division";

    private final TableDefinition table;
    private final List<ColumnDefinition> sourceColumns;
    private final Map<String, Predicate<String>> references;

    /** @param references for each referencing column, whether a value exists in the referenced table */
    public RecordValidator(TableDefinition table, Map<String, Predicate<String>> references)
    {
        this.table = requireNonNull(table, "table is null");
        this.sourceColumns = table.columns().stream().filter(column -> !column.sourceNames().isEmpty()).toList();
        this.references = Map.copyOf(references);
        for (ColumnDefinition column : sourceColumns) {
            if (column.references() != null && !this.references.containsKey(column.name())) {
                throw new IllegalArgumentException("no keys of %s given to check %s.%s".formatted(column.references(), table.name(), column.name()));
            }
        }
    }

    public ValidatedRecord validate(SourceRecord record)
    {
        Map<String, Object> values = new HashMap<>();
        List<Rejection> rejections = new ArrayList<>();
        if (record.malformation() != null) {
            rejections.add(new Rejection("*", RejectionReason.MALFORMED_RECORD, "%s, in %s for %s".formatted(record.malformation(), record.location(), table.name())));
            return new ValidatedRecord(record, values, rejections);
        }
        for (ColumnDefinition column : sourceColumns) {
            String text = text(record, column);
            Rejection rejection = text == null ? missing(record, column) : check(record, column, text, values);
            if (rejection != null) {
                rejections.add(rejection);
            }
        }
        for (ColumnDefinition column : sourceColumns) {
            Rejection rejection = checkNotAfter(record, column, values);
            if (rejection != null) {
                rejections.add(rejection);
            }
        }
        return new ValidatedRecord(record, values, rejections);
    }

    private static String text(SourceRecord record, ColumnDefinition column)
    {
        for (String name : column.sourceNames()) {
            String value = record.fields().get(name);
            if (value != null) {
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private Rejection missing(SourceRecord record, ColumnDefinition column)
    {
        return column.required()
                ? reject(record, column, RejectionReason.MISSING_REQUIRED_FIELD, "missing required %s (%s)".formatted(column.name(), column.label()))
                : null;
    }

    private Rejection check(SourceRecord record, ColumnDefinition column, String text, Map<String, Object> values)
    {
        if (brokenEncoding(text)) {
            return reject(record, column, RejectionReason.BROKEN_ENCODING, "broken encoding in %s: '%s'".formatted(column.name(), text));
        }
        Object value;
        try {
            value = SourceValues.parse(column.type(), text);
        }
        catch (RuntimeException e) {
            return reject(record, column, RejectionReason.INVALID_VALUE, "%s is not a %s: '%s'".formatted(column.name(), column.type(), text));
        }
        if (!column.acceptedValues().isEmpty() && !column.acceptedValues().contains(text)) {
            return reject(record, column, RejectionReason.UNACCEPTED_VALUE, "%s '%s' is not one of %s".formatted(column.name(), text, column.acceptedValues()));
        }
        if (outOfRange(column, value)) {
            return reject(record, column, RejectionReason.OUT_OF_RANGE, "%s %s is outside [%s, %s]".formatted(column.name(), text,
                    column.min() == null ? "" : column.min().toPlainString(), column.max() == null ? "" : column.max().toPlainString()));
        }
        if (column.plainName() && !plain(text)) {
            return reject(record, column, RejectionReason.NAME_VARIANT,
                    "%s '%s' has full-width characters or surrounding spaces".formatted(column.name(), text));
        }
        if (column.references() != null && !references.get(column.name()).test(text)) {
            boolean division = column.referencedTableAndColumn().get(0).equals(DIVISION_TABLE);
            return reject(record, column, division ? RejectionReason.UNKNOWN_DIVISION_CODE : RejectionReason.ORPHAN_REFERENCE,
                    (division ? "unknown division code %s in %s" : "%s of %s is not in " + column.references()).formatted(text, column.name()));
        }
        values.put(column.name(), value);
        return null;
    }

    private Rejection checkNotAfter(SourceRecord record, ColumnDefinition column, Map<String, Object> values)
    {
        Object value = values.get(column.name());
        if (column.notAfter() == null || value == null) {
            return null;
        }
        LocalDateTime limit;
        if (column.notAfter().equals(ColumnDefinition.SOURCE_DATE)) {
            limit = record.sourceDate().plusDays(1).atStartOfDay().minusNanos(1);
        }
        else {
            Object other = values.get(column.notAfter());
            if (other == null) {
                return null;
            }
            limit = SourceValues.instant(other);
            if (other instanceof LocalDate) {
                limit = limit.plusDays(1).minusNanos(1);
            }
        }
        if (SourceValues.instant(value).isAfter(limit)) {
            return reject(record, column, RejectionReason.FUTURE_DATE, "%s %s is after %s %s".formatted(column.name(), value,
                    column.notAfter(), column.notAfter().equals(ColumnDefinition.SOURCE_DATE) ? record.sourceDate() : values.get(column.notAfter())));
        }
        return null;
    }

    private Rejection reject(SourceRecord record, ColumnDefinition column, RejectionReason reason, String message)
    {
        return new Rejection(column.name(), reason, "%s, in %s for %s".formatted(message, record.location(), table.name()));
    }

    private static boolean outOfRange(ColumnDefinition column, Object value)
    {
        if (column.min() == null && column.max() == null) {
            return false;
        }
        BigDecimal number = SourceValues.number(value);
        return (column.min() != null && number.compareTo(column.min()) < 0) || (column.max() != null && number.compareTo(column.max()) > 0);
    }

    /** Bytes a decoder could not read, or UTF-8 read back as Latin-1 (Chinese text never holds U+0080-U+00FF but the middle dot). */
    static boolean brokenEncoding(String text)
    {
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if (character == '\uFFFD' || (character >= '\u0080' && character <= '\u00FF' && character != '\u00B7')) {
                return true;
            }
        }
        return false;
    }

    /** No full-width ASCII variants (digits, letters) and no leading or trailing space of any width. */
    static boolean plain(String text)
    {
        if (text.isEmpty()) {
            return true;
        }
        if (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
            return false;
        }
        // full-width brackets and punctuation are normal in Chinese names; full-width digits and letters are not
        for (int index = 0; index < text.length(); index++) {
            char character = text.charAt(index);
            if ((character >= '\uFF10' && character <= '\uFF19') || (character >= '\uFF21' && character <= '\uFF3A')
                    || (character >= '\uFF41' && character <= '\uFF5A')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char character)
    {
        return Character.isWhitespace(character) || Character.isSpaceChar(character);
    }
}
