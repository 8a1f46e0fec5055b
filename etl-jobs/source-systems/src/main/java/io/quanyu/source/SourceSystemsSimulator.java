package io.quanyu.source;

import io.quanyu.source.party.PartyOrganization;
import io.quanyu.source.party.PartyOrganizationDatabase;
import io.quanyu.source.party.PartyOrganizationGenerator;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** Writes a city's source systems into a {@link SourceSystemsLayout}. */
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
        Territory territory = territory();
        writeDivisions(territory, layout);
        List<PartyOrganization> organizations = new PartyOrganizationGenerator(settings.seed(), settings.asOf()).generate(territory);
        new PartyOrganizationDatabase(layout.partyDatabaseUrl()).replaceAll(organizations);
        return new Summary(territory.city().name(), territory.divisions().size(), organizations.size());
    }

    Territory territory()
    {
        Territory city = Territory.ofCity(settings.cityCode());
        if (settings.scale() == Scale.SMALL) {
            return city.restrictedToDistrict(city.ofLevel(DivisionLevel.DISTRICT).get(0).code());
        }
        return city;
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

    public record SimulationSettings(String cityCode, Scale scale, long seed, LocalDate asOf)
    {
        public SimulationSettings
        {
            requireNonNull(cityCode, "cityCode is null");
            requireNonNull(scale, "scale is null");
            requireNonNull(asOf, "asOf is null");
        }
    }

    public record Summary(String cityName, int divisions, int partyOrganizations)
    {
        public Summary
        {
            requireNonNull(cityName, "cityName is null");
        }
    }
}
