package io.quanyu.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** A parsed command line: the action, the logical date and the source (for extract). */
record PipelineCommand(String action, LocalDate logicalDate, String source)
{
    static final List<String> ACTIONS = List.of("extract", "transform", "run");

    PipelineCommand
    {
        requireNonNull(action, "action is null");
        requireNonNull(logicalDate, "logicalDate is null");
        requireNonNull(source, "source is null");
    }

    static PipelineCommand parse(List<String> args)
    {
        if (args.isEmpty() || !ACTIONS.contains(args.get(0))) {
            throw new IllegalArgumentException("expected one of %s, got %s".formatted(ACTIONS, args.isEmpty() ? "nothing" : args.get(0)));
        }
        Map<String, String> options = new HashMap<>();
        for (int index = 1; index < args.size(); index += 2) {
            if (!args.get(index).startsWith("--") || index + 1 >= args.size()) {
                throw new IllegalArgumentException("expected --option value pairs, got " + args.get(index));
            }
            options.put(args.get(index).substring(2), args.get(index + 1));
        }
        String date = options.get("date");
        if (date == null) {
            throw new IllegalArgumentException("--date yyyy-mm-dd is required");
        }
        try {
            return new PipelineCommand(args.get(0), LocalDate.parse(date), options.getOrDefault("source", "all"));
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("malformed date %s, expected yyyy-mm-dd".formatted(date));
        }
    }
}
