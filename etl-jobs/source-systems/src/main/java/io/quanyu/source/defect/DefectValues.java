package io.quanyu.source.defect;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** The wrong values the defects put in, shared by every source that injects them. */
public final class DefectValues
{
    private DefectValues() {}

    /** A code of the same street that the territory does not have. */
    public static String unknownDivisionCode(String code, Predicate<String> known)
    {
        for (int suffix = 999; suffix > 900; suffix--) {
            String candidate = code.substring(0, 9) + suffix;
            if (!known.test(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no unknown code left near " + code);
    }

    /** UTF-8 bytes read back as Latin-1, as a faulty interface does. */
    public static String mojibake(String text)
    {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** Trailing plain or ideographic spaces. */
    public static String trailingSpaces(String name, SplittableRandom random)
    {
        return name + (random.nextBoolean() ? "  " : "\u3000");
    }
}
