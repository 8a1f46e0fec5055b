package io.quanyu.extract.ods;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads source text as a declared column type. Dates come as the districts write them (2026-10-03, 2026/10/03,
 * 20261003), timestamps with a space or a T; anything else is an error carrying the text, never a guess.
 */
final class SourceValues
{
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DECIMAL = Pattern.compile("decimal\\((\\d+),\\s*(\\d+)\\)");
    // a table declares a handful of decimal types; matching the declaration again for every value was a twentieth of validation
    private static final Map<String, int[]> DECIMAL_SHAPES = new ConcurrentHashMap<>();

    private SourceValues() {}

    static Object parse(String type, String text)
    {
        return switch (type) {
            case "string" -> text;
            case "int" -> Integer.valueOf(text.strip());
            case "bigint" -> Long.valueOf(text.strip());
            case "double" -> Double.valueOf(text.strip());
            case "boolean" -> parseBoolean(text.strip());
            // a LocalDate, not a java.sql.Date: turning that back into a day goes through a calendar, a tenth of a date column's staging
            case "date" -> parseDate(text.strip());
            // as Timestamp.valueOf does, in the JVM's zone, but without the calendar a Timestamp then normalises at every read
            case "timestamp" -> Timestamp.from(parseTimestamp(text.strip()).atZone(ZoneId.systemDefault()).toInstant());
            default -> parseDecimal(type, text.strip());
        };
    }

    /** The point in time a date or timestamp value stands for, to compare one with another. */
    static LocalDateTime instant(Object value)
    {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
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

    /**
     * {@code yyyy-MM-dd HH:mm:ss[.f]}, the way databases write timestamps, read digit by digit (a profile of the event
     * load found the general formatter at a tenth of the time); any other shape goes to the formatter. Both refuse an
     * impossible date such as February 30 rather than move it.
     */
    static LocalDateTime parseTimestamp(String text)
    {
        int length = text.length();
        boolean fraction = length > 20 && length <= 29 && text.charAt(19) == '.';
        if ((length == 19 || fraction) && text.charAt(4) == '-' && text.charAt(7) == '-' && (text.charAt(10) == ' ' || text.charAt(10) == 'T')
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int nanos = 0;
            if (fraction) {
                nanos = digits(text, 20, length);
                for (int position = length; position < 29; position++) {
                    nanos *= 10;
                }
            }
            return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13), digits(text, 14, 16),
                    digits(text, 17, 19), nanos);
        }
        return LocalDateTime.parse(text, TIMESTAMP);
    }

    private static int digits(String text, int from, int to)
    {
        int value = 0;
        for (int position = from; position < to; position++) {
            char digit = text.charAt(position);
            if (digit < '0' || digit > '9') {
                throw new IllegalArgumentException("not a timestamp: " + text);
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    /**
     * The three ways districts write a date, read digit by digit; a formatter that fails throws, and a district writing
     * 2026/10/03 made every value of its file throw once. Any other shape goes to the formatters.
     */
    private static LocalDate parseDate(String text)
    {
        int length = text.length();
        if (length > 10) {
            return parseTimestamp(text).toLocalDate();
        }
        boolean separated = length == 10 && (text.charAt(4) == '-' || text.charAt(4) == '/') && text.charAt(7) == text.charAt(4);
        if ((separated || length == 8) && allDigits(text, separated)) {
            int monthAt = separated ? 5 : 4;
            int dayAt = separated ? 8 : 6;
            try {
                return LocalDate.of(digits(text, 0, 4), digits(text, monthAt, monthAt + 2), digits(text, dayAt, dayAt + 2));
            }
            catch (DateTimeException e) {
                throw new IllegalArgumentException("not a date: " + text, e);
            }
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

    private static boolean allDigits(String text, boolean separated)
    {
        for (int position = 0; position < text.length(); position++) {
            char character = text.charAt(position);
            boolean separator = separated && (position == 4 || position == 7);
            if (!separator && (character < '0' || character > '9')) {
                return false;
            }
        }
        return true;
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
        int[] shape = DECIMAL_SHAPES.computeIfAbsent(type, SourceValues::decimalShape);
        BigDecimal value = new BigDecimal(text);
        int precision = shape[0];
        int scale = shape[1];
        if (value.scale() > scale || value.precision() - value.scale() > precision - scale) {
            throw new IllegalArgumentException("%s does not fit %s".formatted(text, type));
        }
        return value.setScale(scale);
    }

    /** The precision and scale of a declared decimal type. */
    private static int[] decimalShape(String type)
    {
        Matcher matcher = DECIMAL.matcher(type);
        if (!matcher.matches()) {
            throw new IllegalStateException("unsupported column type " + type);
        }
        return new int[] {Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))};
    }
}
