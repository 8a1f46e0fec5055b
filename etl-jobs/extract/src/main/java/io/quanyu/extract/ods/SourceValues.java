package io.quanyu.extract.ods;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads source text as a declared column type. Dates come as the districts write them (2026-10-03, 2026/10/03,
 * 20261003), timestamps with a space or a T; anything else is an error carrying the text, never a guess.
 */
final class SourceValues
{
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd"), DateTimeFormatter.ofPattern("uuuu/MM/dd"), DateTimeFormatter.ofPattern("uuuuMMdd"));
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),\\s*(\\d+)\\)");

    private SourceValues() {}

    static Object parse(String type, String text)
    {
        return switch (type) {
            case "string" -> text;
            case "int" -> Integer.valueOf(text.strip());
            case "bigint" -> Long.valueOf(text.strip());
            case "double" -> Double.valueOf(text.strip());
            case "boolean" -> parseBoolean(text.strip());
            case "date" -> Date.valueOf(parseDate(text.strip()));
            case "timestamp" -> Timestamp.valueOf(LocalDateTime.parse(text.strip(), TIMESTAMP));
            default -> parseDecimal(type, text.strip());
        };
    }

    /** The point in time a date or timestamp value stands for, to compare one with another. */
    static LocalDateTime instant(Object value)
    {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof Date date) {
            return date.toLocalDate().atStartOfDay();
        }
        throw new IllegalArgumentException("not a date or timestamp: " + value);
    }

    static BigDecimal number(Object value)
    {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }

    private static LocalDate parseDate(String text)
    {
        if (text.length() > 10) {
            return LocalDateTime.parse(text, TIMESTAMP).toLocalDate();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            }
            catch (DateTimeParseException ignored) {
                // try the next way of writing a date
            }
        }
        throw new IllegalArgumentException("not a date: " + text);
    }

    private static Boolean parseBoolean(String text)
    {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "是" -> Boolean.TRUE;
            case "false", "0", "否" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean: " + text);
        };
    }

    private static BigDecimal parseDecimal(String type, String text)
    {
        Matcher matcher = DECIMAL.matcher(type);
        if (!matcher.matches()) {
            throw new IllegalStateException("unsupported column type " + type);
        }
        BigDecimal value = new BigDecimal(text);
        int precision = Integer.parseInt(matcher.group(1));
        int scale = Integer.parseInt(matcher.group(2));
        if (value.scale() > scale || value.precision() - value.scale() > precision - scale) {
            throw new IllegalArgumentException("%s does not fit %s".formatted(text, type));
        }
        return value.setScale(scale);
    }
}
