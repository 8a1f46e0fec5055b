package io.quanyu.schema;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * How one metric is judged 红黄绿 at the given region levels: red beyond {@code red}, yellow beyond {@code yellow},
 * green otherwise, where "beyond" is above the threshold for {@code direction: above} and below it for {@code below}.
 *
 * @param basis the policy requirement the thresholds stand for, shown with each warning
 */
public record WarningRule(String metric, List<String> levels, String direction, double red, double yellow, String basis)
        implements java.io.Serializable
{
    public WarningRule
    {
        requireNonNull(metric, "metric is null");
        levels = List.copyOf(requireNonNull(levels, "levels of the rule for " + metric + " is null"));
        requireNonNull(direction, "direction of the rule for " + metric + " is null");
        requireNonNull(basis, "basis of the rule for " + metric + " is null");
        if (!direction.equals("above") && !direction.equals("below")) {
            throw new IllegalArgumentException("the rule for %s has direction %s, not above or below".formatted(metric, direction));
        }
        if (direction.equals("above") ? red < yellow : red > yellow) {
            throw new IllegalArgumentException("the rule for %s has its red threshold %s on the better side of its yellow one %s".formatted(metric, red, yellow));
        }
    }

    public boolean higherIsWorse()
    {
        return direction.equals("above");
    }
}
