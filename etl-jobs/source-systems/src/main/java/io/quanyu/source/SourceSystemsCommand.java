package io.quanyu.source;

import io.quanyu.source.SourceSystemsSimulator.SimulationSettings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code generate --output DIR [--city 3302] [--scale small|city|10x] [--seed N] [--as-of yyyy-mm-dd] [--history-days 1095]
 * [--defect-rate 0.005]}: writes a city's simulated source systems, with their history, into DIR.
 * {@code generate --output DIR --advance N}: carries the sources in DIR on by N days; what was written for the days
 * before stays as it was, and open events move on.
 * <p>
 * The two databases are H2 files in DIR unless {@code --party-database URL} and {@code --governance-database URL} name
 * others (PostgreSQL, say), reached as {@code --database-user} (default {@code sa}) with the password in the
 * environment variable {@code QUANYU_SOURCE_DATABASE_PASSWORD}; an advance must be given the same options.
 */
public final class SourceSystemsCommand
{
    private SourceSystemsCommand() {}

    public static void main(String[] args)
            throws Exception
    {
        Map<String, String> options = options(args);
        Path output = Path.of(options.getOrDefault("output", ".quanyu/sources"));
        SourceSystemsLayout layout = layout(output, options, System.getenv("QUANYU_SOURCE_DATABASE_PASSWORD"));
        SimulationSettings settings = options.containsKey("advance")
                ? SimulationSettings.read(layout.settingsFile()).advancedBy(Integer.parseInt(options.get("advance")))
                : new SimulationSettings(
                        options.getOrDefault("city", "3302"),
                        Scale.of(options.getOrDefault("scale", "city")),
                        Long.parseLong(options.getOrDefault("seed", "20261122")),
                        LocalDate.parse(options.getOrDefault("as-of", "2026-11-01")),
                        Integer.parseInt(options.getOrDefault("history-days", Integer.toString(SimulationSettings.THREE_YEARS))),
                        Double.parseDouble(options.getOrDefault("defect-rate", Double.toString(io.quanyu.source.defect.DefectPlan.DEFAULT_RATE))));
        long start = System.nanoTime();
        SourceSystemsSimulator.Summary summary = new SourceSystemsSimulator(settings).generate(layout);
        System.out.printf("generated %s (%s, %s to %s): %,d divisions, %,d party organizations, %,d grids, %,d grid workers, "
                        + "%,d service events, %,d staff employed, %,d party members, %,d fund ledgers, %,d defects on purpose, into %s in %.1f s%n",
                summary.cityName(), settings.scale().label(), settings.historyStart(), settings.asOf(), summary.divisions(),
                summary.partyOrganizations(), summary.activeGrids(), summary.gridWorkersOnDuty(), summary.serviceEvents(), summary.staffEmployed(), summary.partyMembers(), summary.fundLedgers(), summary.defects(),
                output.toAbsolutePath(), (System.nanoTime() - start) / 1e9);
    }

    static SourceSystemsLayout layout(Path output, Map<String, String> options, String password)
    {
        SourceSystemsLayout layout = new SourceSystemsLayout(output);
        String user = options.getOrDefault("database-user", "sa");
        String secret = password == null ? "" : password;
        return layout.withDatabases(
                options.containsKey("party-database") ? new SourceDatabase(options.get("party-database"), user, secret) : layout.partyDatabase(),
                options.containsKey("governance-database") ? new SourceDatabase(options.get("governance-database"), user, secret) : layout.governanceDatabase());
    }

    static Map<String, String> options(String[] args)
    {
        Map<String, String> options = new HashMap<>();
        int start = args.length > 0 && args[0].equals("generate") ? 1 : 0;
        for (int index = start; index < args.length; index += 2) {
            if (!args[index].startsWith("--") || index + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value pairs, got " + args[index]);
            }
            options.put(args[index].substring(2), args[index + 1]);
        }
        return options;
    }
}
