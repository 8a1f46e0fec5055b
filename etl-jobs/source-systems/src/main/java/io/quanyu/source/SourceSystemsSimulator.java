package io.quanyu.source;

import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.csv.CsvRowDefects;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;
import io.quanyu.source.event.ServiceEvent;
import io.quanyu.source.fund.FundLedgerExporter;
import io.quanyu.source.fund.FundLedgerGenerator;
import io.quanyu.source.member.PartyMemberDatabase;
import io.quanyu.source.member.PartyMemberGenerator;
import io.quanyu.source.event.ServiceEventDatabase;
import io.quanyu.source.event.ServiceEventDefects;
import io.quanyu.source.event.ServiceEventGenerator;
import io.quanyu.source.grid.GridApiStore;
import io.quanyu.source.grid.GridHistory;
import io.quanyu.source.grid.GridHistoryGenerator;
import io.quanyu.source.grid.GridPlatformExporter;
import io.quanyu.source.party.PartyOrganization;
import io.quanyu.source.party.PartyOrganizationDatabase;
import io.quanyu.source.party.PartyInfrastructureGenerator;
import io.quanyu.source.party.PartyOrganizationGenerator;
import io.quanyu.source.party.PartyOrganizationHistory;
import io.quanyu.source.party.TwoNewRegister;
import io.quanyu.source.party.TwoNewRegisterExporter;
import io.quanyu.source.staff.StaffMember;
import io.quanyu.source.staff.LocalWageExporter;
import io.quanyu.source.staff.StaffRosterExporter;
import io.quanyu.source.staff.StaffRosterGenerator;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/** Writes a city's source systems, with their history up to the as-of date, into a {@link SourceSystemsLayout}. */
public final class SourceSystemsSimulator
{
    private final SimulationSettings settings;

    public SourceSystemsSimulator(SimulationSettings settings)
    {
        this.settings = requireNonNull(settings, "settings is null");
    }

    public Summary generate(SourceSystemsLayout layout)
            throws IOException, SQLException
    {
        Territory city = Territory.ofCity(settings.cityCode());
        // the settings file says the sources are whole: a generation killed midway must not leave one behind
        Files.deleteIfExists(layout.settingsFile());
        Territory territory = settings.scale() == Scale.SMALL ? city.restrictedToDistrict(city.ofLevel(DivisionLevel.DISTRICT).get(0).code()) : city;
        writeDivisions(territory, layout);
        List<CommunityProfile> profiles = CommunityProfiles.of(territory, settings.seed());
        GridHistory grids = new GridHistoryGenerator(settings.seed(), settings.historyStart(), settings.asOf()).generate(profiles);
        List<PartyOrganization> initial = new PartyOrganizationGenerator(settings.seed(), settings.historyStart()).generate(territory, profiles);
        PartyOrganizationHistory.Result party = new PartyOrganizationHistory(settings.seed(), settings.historyStart(), settings.asOf())
                .play(initial, territory.ofLevel(DivisionLevel.STREET), grids.splits());
        PartyInfrastructureGenerator infrastructure = new PartyInfrastructureGenerator(settings.seed(), settings.historyStart());
        new PartyOrganizationDatabase(layout.partyDatabase()).replaceAll(party.organizations(), party.changes(),
                infrastructure.centers(territory, profiles), infrastructure.residentUnitMembers(party.organizations()));
        List<PartyOrganization> organizations = party.organizations();
        DefectPlan plan = new DefectPlan(settings.seed(), settings.defectRate());
        Set<String> known = city.divisions().stream().map(Division::code).collect(Collectors.toSet());
        long events;
        long staff;
        long members;
        int ledgers;
        long defects;
        try (DefectManifest manifest = new DefectManifest(layout.defectManifest())) {
            exportGridPlatforms(city, territory, grids, layout, plan, manifest, known);
            exportTwoNewRegisters(city, territory, party, layout, plan, manifest, known);
            events = storeServiceEvents(profiles, grids, layout, new ServiceEventDefects(plan, manifest, known, settings.asOf()));
            staff = exportStaffRoster(profiles, territory, layout, new CsvRowDefects(StaffRosterExporter.SOURCE, plan, manifest, known::contains));
            members = storeMembers(organizations, territory, layout, plan, manifest);
            deleteTree(layout.fundLedgerFolder());
            ledgers = new FundLedgerExporter(layout.fundLedgerFolder(), city, plan, manifest, known)
                    .export(new FundLedgerGenerator(settings.seed(), settings.historyStart(), settings.asOf()).generate(profiles));
            defects = manifest.count();
        }
        settings.write(layout.settingsFile());
        GridHistory current = grids.asOf(settings.asOf());
        return new Summary(city.city().name(), territory.divisions().size(), organizations.size(),
                current.grids().stream().filter(grid -> grid.active()).count(),
                current.workers().stream().filter(worker -> worker.onDuty()).count(), events, staff, members, ledgers, defects);
    }

    /** Members and their 锋领指数 deeds, in the party-organization system's database; returns the members still there. */
    private long storeMembers(List<PartyOrganization> organizations, Territory territory, SourceSystemsLayout layout, DefectPlan plan,
            DefectManifest manifest)
            throws SQLException
    {
        Map<String, List<String>> communitiesByStreet = territory.ofLevel(DivisionLevel.COMMUNITY).stream()
                .collect(Collectors.groupingBy(Division::parentCode, Collectors.mapping(Division::code, Collectors.toList())));
        long[] current = {0};
        try (PartyMemberDatabase database = new PartyMemberDatabase(layout.partyDatabase(), plan, manifest, settings.asOf())) {
            new PartyMemberGenerator(settings.seed(), settings.historyStart(), settings.asOf()).generate(organizations, communitiesByStreet,
                    member -> {
                        database.insert(member);
                        current[0] += member.leftOn() == null ? 1 : 0;
                    },
                    database::insert);
        }
        return current[0];
    }

    /** Monthly roster files from the month the history starts to the as-of month; returns the people on it at the end. */
    private long exportStaffRoster(List<CommunityProfile> profiles, Territory territory, SourceSystemsLayout layout, CsvRowDefects defects)
            throws IOException
    {
        deleteTree(layout.staffRosterFolder());
        List<StaffMember> members = new StaffRosterGenerator(settings.seed(), settings.historyStart(), settings.asOf()).generate(profiles);
        StaffRosterExporter exporter = new StaffRosterExporter(layout.staffRosterFolder(), defects, settings.seed());
        for (YearMonth month = YearMonth.from(settings.historyStart()); !month.isAfter(YearMonth.from(settings.asOf())); month = month.plusMonths(1)) {
            exporter.export(month, members);
        }
        // the pay rule of a year is measured against the previous year's wage
        new LocalWageExporter(layout.staffRosterFolder()).export(territory.ofLevel(DivisionLevel.DISTRICT), settings.historyStart().getYear() - 1,
                settings.asOf().getYear() - 1);
        return members.stream().filter(member -> member.leftOn() == null).count();
    }

    private long storeServiceEvents(List<CommunityProfile> profiles, GridHistory grids, SourceSystemsLayout layout, ServiceEventDefects defects)
            throws SQLException
    {
        try (ServiceEventDatabase database = new ServiceEventDatabase(layout.governanceDatabase())) {
            return new ServiceEventGenerator(settings.seed(), settings.historyStart(), settings.asOf(), settings.scale().eventVolume())
                    .generate(profiles, grids, event -> {
                        for (ServiceEvent row : defects.apply(event)) {
                            try {
                                database.insert(row);
                            }
                            catch (SQLException e) {
                                throw new IllegalStateException("cannot store service event %s: %s".formatted(row.id(), e.getMessage()), e);
                            }
                        }
                    });
        }
    }

    /** Daily CSV exports for every district; the last district of the city also serves its platform as an API. */
    private void exportGridPlatforms(Territory city, Territory territory, GridHistory grids, SourceSystemsLayout layout, DefectPlan plan,
            DefectManifest manifest, Set<String> known)
            throws IOException
    {
        deleteTree(layout.root().resolve("grid-platform"));
        deleteTree(layout.root().resolve("grid-platform-api"));
        List<Division> cityDistricts = city.ofLevel(DivisionLevel.DISTRICT);
        for (Division district : territory.ofLevel(DivisionLevel.DISTRICT)) {
            GridHistory local = grids.inDistrict(district.districtPrefix());
            GridPlatformExporter exporter = new GridPlatformExporter(layout.gridPlatformFolder(district.code()), district.code(),
                    cityDistricts.indexOf(district), plan, manifest, known::contains);
            Map<LocalDate, GridHistory> byDay = local.byDay();
            GridHistory none = new GridHistory(List.of(), List.of());
            for (LocalDate day = settings.historyStart(); !day.isAfter(settings.asOf()); day = day.plusDays(1)) {
                exporter.export(day, byDay.getOrDefault(day, none));
            }
            if (district.equals(apiDistrict(city, territory))) {
                GridApiStore.write(layout.gridApiFolder(district.code()), local.asOf(settings.asOf()), settings.seed());
                }
        }
    }

    /** Each district's monthly 两新 register, every other one in GBK. */
    private void exportTwoNewRegisters(Territory city, Territory territory, PartyOrganizationHistory.Result party, SourceSystemsLayout layout,
            DefectPlan plan, DefectManifest manifest, Set<String> known)
            throws IOException
    {
        deleteTree(layout.twoNewRegisterFolder());
        TwoNewRegister register = new TwoNewRegister(settings.seed(), settings.asOf(), party.organizations(), party.changes());
        List<Division> cityDistricts = city.ofLevel(DivisionLevel.DISTRICT);
        for (Division district : territory.ofLevel(DivisionLevel.DISTRICT)) {
            Path folder = layout.twoNewRegisterFolder().resolve(district.code());
            Files.createDirectories(folder);
            new TwoNewRegisterExporter(folder, district, cityDistricts.indexOf(district),
                    new CsvRowDefects(TwoNewRegisterExporter.source(district.code()), plan, manifest, known::contains))
                    .export(register, settings.historyStart(), settings.asOf());
        }
    }

    /** The district whose grid platform is also an HTTP API: the city's last district that was generated. */
    private static Division apiDistrict(Territory city, Territory territory)
    {
        List<Division> generated = territory.ofLevel(DivisionLevel.DISTRICT);
        return city.ofLevel(DivisionLevel.DISTRICT).stream().filter(generated::contains).reduce((first, second) -> second).orElseThrow();
    }

    private static void writeDivisions(Territory territory, SourceSystemsLayout layout)
            throws IOException
    {
        Files.createDirectories(layout.divisionsFile().getParent());
        try (Writer writer = Files.newBufferedWriter(layout.divisionsFile(), StandardCharsets.UTF_8)) {
            writer.write("level,division_code,division_name,parent_code\n");
            for (Division division : territory.divisions()) {
                writer.write(String.join(",", division.level().code(), division.code(), division.name(), division.parentCode()) + "\n");
            }
        }
    }

    static void deleteTree(Path root)
            throws IOException
    {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * @param historyDays how many days of history end at {@code asOf} (three years by default)
     * @param defectRate the share of source records given a defect on purpose
     */
    public record SimulationSettings(String cityCode, Scale scale, long seed, LocalDate asOf, int historyDays, double defectRate)
    {
        public static final int THREE_YEARS = 3 * 365;

        public SimulationSettings
        {
            requireNonNull(cityCode, "cityCode is null");
            requireNonNull(scale, "scale is null");
            requireNonNull(asOf, "asOf is null");
            if (historyDays < 1) {
                throw new IllegalArgumentException("history must cover at least one day, got " + historyDays);
            }
        }

        public SimulationSettings(String cityCode, Scale scale, long seed, LocalDate asOf)
        {
            this(cityCode, scale, seed, asOf, THREE_YEARS, DefectPlan.DEFAULT_RATE);
        }

        public LocalDate historyStart()
        {
            return asOf.minusDays(historyDays - 1L);
        }

        /** The same simulation carried on for more days: same seed and history start, a later as-of date. */
        public SimulationSettings advancedBy(int days)
        {
            if (days < 1) {
                throw new IllegalArgumentException("advance by at least one day, got " + days);
            }
            return new SimulationSettings(cityCode, scale, seed, asOf.plusDays(days), historyDays + days, defectRate);
        }

        void write(Path file)
                throws IOException
        {
            Files.createDirectories(file.getParent());
            Files.writeString(file, """
                    # written by the simulator; ./quanyu generate --advance N carries these sources on
                    city=%s
                    scale=%s
                    seed=%d
                    as_of=%s
                    history_days=%d
                    defect_rate=%s
                    """.formatted(cityCode, scale.label(), seed, asOf, historyDays, defectRate), StandardCharsets.UTF_8);
        }

        public static SimulationSettings read(Path file)
                throws IOException
        {
            if (!Files.exists(file)) {
                throw new IllegalStateException("no %s: generate the sources before advancing them (a generation stopped midway leaves none)".formatted(file));
            }
            java.util.Properties properties = new java.util.Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return new SimulationSettings(properties.getProperty("city"), Scale.of(properties.getProperty("scale")),
                    Long.parseLong(properties.getProperty("seed")), LocalDate.parse(properties.getProperty("as_of")),
                    Integer.parseInt(properties.getProperty("history_days")), Double.parseDouble(properties.getProperty("defect_rate")));
        }
    }

    public record Summary(String cityName, int divisions, int partyOrganizations, long activeGrids, long gridWorkersOnDuty, long serviceEvents,
            long staffEmployed, long partyMembers, int fundLedgers, long defects)
    {
        public Summary
        {
            requireNonNull(cityName, "cityName is null");
        }
    }
}
