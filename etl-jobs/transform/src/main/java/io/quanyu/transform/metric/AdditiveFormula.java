package io.quanyu.transform.metric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * A metric formula made only of sums, counts, minimums and maximums of row expressions, combined by arithmetic and a
 * few scalar functions: such a formula can be evaluated in steps, each aggregate per community first, then those
 * parts combined per region (summed, or their minimum or maximum), then the formula over the combined parts, with the
 * same result as over the rows themselves. The catalogue's formulas are SQL text, so this reads the text: any other
 * function, or {@code distinct}, makes a formula not additive.
 *
 * @param combined the formula with each aggregate over rows replaced by the name of its part, a plain column
 */
public record AdditiveFormula(String combined)
{
    private static final Map<String, String> COMBINATIONS = Map.of("sum", "sum", "count", "sum", "min", "min", "max", "max");
    private static final Set<String> SCALAR_FUNCTIONS = Set.of("nullif", "coalesce", "greatest", "least", "round", "abs", "cast", "if");
    private static final Set<String> KEYWORDS = Set.of("case", "when", "then", "else", "end", "and", "or", "not", "null", "is", "in", "as",
            "true", "false", "double", "bigint", "int", "decimal");

    public AdditiveFormula
    {
        requireNonNull(combined, "combined is null");
    }

    /**
     * The formula in two steps, naming each aggregate it holds in {@code parts} (aggregate text to column name; the
     * same aggregate in two formulas of a table is one part), or empty, adding no part, when it cannot be split.
     */
    public static Optional<AdditiveFormula> of(String formula, Map<String, Part> parts)
    {
        Map<String, Part> found = new LinkedHashMap<>();
        StringBuilder combined = new StringBuilder();
        int position = 0;
        while (position < formula.length()) {
            char character = formula.charAt(position);
            if (character == '\'') {
                int end = literalEnd(formula, position);
                combined.append(formula, position, end);
                position = end;
            }
            else if (Character.isLetter(character) || character == '_') {
                int end = position;
                while (end < formula.length() && (Character.isLetterOrDigit(formula.charAt(end)) || formula.charAt(end) == '_')) {
                    end++;
                }
                String word = formula.substring(position, end).toLowerCase(Locale.ROOT);
                int open = skipSpaces(formula, end);
                if (open >= formula.length() || formula.charAt(open) != '(') {
                    // a column or keyword outside any aggregate: the combined formula would not know it
                    if (!KEYWORDS.contains(word)) {
                        return Optional.empty();
                    }
                    combined.append(formula, position, end);
                    position = end;
                    continue;
                }
                if (COMBINATIONS.containsKey(word)) {
                    int close = matchingParenthesis(formula, open);
                    String argument = formula.substring(open + 1, close).strip();
                    if (argument.toLowerCase(Locale.ROOT).startsWith("distinct") || !plainArgument(argument)) {
                        return Optional.empty();
                    }
                    String aggregate = word + "(" + argument + ")";
                    Part part = parts.containsKey(aggregate)
                            ? parts.get(aggregate)
                            : found.computeIfAbsent(aggregate, ignored -> new Part("_part_" + (parts.size() + found.size()), COMBINATIONS.get(word)));
                    combined.append(part.name());
                    position = close + 1;
                }
                else if (SCALAR_FUNCTIONS.contains(word)) {
                    combined.append(formula, position, end);
                    position = end;
                }
                else {
                    return Optional.empty();
                }
            }
            else {
                combined.append(character);
                position++;
            }
        }
        parts.putAll(found);
        return Optional.of(new AdditiveFormula(combined.toString()));
    }

    /**
     * An aggregate of a table's formulas, computed per community into the column {@code name}, and combined per region
     * by the aggregate {@code combination}.
     */
    public record Part(String name, String combination)
    {
        public Part
        {
            requireNonNull(name, "name is null");
            requireNonNull(combination, "combination is null");
        }
    }

    /** No aggregate inside an aggregate's argument, so each part is an aggregate over rows. */
    private static boolean plainArgument(String argument)
    {
        String text = argument.replaceAll("'([^']|'')*'", "''").toLowerCase(Locale.ROOT);
        return List.of("sum", "count", "min", "max", "avg").stream().noneMatch(name -> text.matches("(?s).*\\b" + name + "\\s*\\(.*"));
    }

    private static int literalEnd(String formula, int quote)
    {
        int position = quote + 1;
        while (position < formula.length()) {
            if (formula.charAt(position) == '\'') {
                if (position + 1 < formula.length() && formula.charAt(position + 1) == '\'') {
                    position += 2;
                    continue;
                }
                return position + 1;
            }
            position++;
        }
        throw new IllegalArgumentException("unclosed string literal in formula " + formula);
    }

    private static int skipSpaces(String formula, int position)
    {
        while (position < formula.length() && Character.isWhitespace(formula.charAt(position))) {
            position++;
        }
        return position;
    }

    private static int matchingParenthesis(String formula, int open)
    {
        int depth = 0;
        for (int position = open; position < formula.length(); position++) {
            char character = formula.charAt(position);
            if (character == '\'') {
                position = literalEnd(formula, position) - 1;
            }
            else if (character == '(') {
                depth++;
            }
            else if (character == ')' && --depth == 0) {
                return position;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in formula " + formula);
    }
}
