package io.quanyu.source.party;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/**
 * A party organization as the city party-organization system stores it now (Chinese level, domain and form values).
 *
 * @param divisionCode where it sits: a community, or a street or district for street- and district-level bodies
 * @param mergedInto the organization it was merged into, or null
 */
public record PartyOrganization(
        String id,
        String name,
        String level,
        OrganizationForm form,
        String parentId,
        String divisionCode,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        String mergedInto,
        LocalDateTime updatedAt)
{
    public PartyOrganization
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
        requireNonNull(form, "form is null");
        requireNonNull(divisionCode, "divisionCode is null");
        requireNonNull(foundedOn, "foundedOn is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }

    public String domain()
    {
        return form.domain();
    }

    public String status()
    {
        return dissolvedOn == null ? "active" : "dissolved";
    }

    PartyOrganization renamed(String newName, LocalDateTime at)
    {
        return new PartyOrganization(id, newName, level, form, parentId, divisionCode, foundedOn, dissolvedOn, mergedInto, at);
    }

    PartyOrganization ended(LocalDate on, String into, LocalDateTime at)
    {
        return new PartyOrganization(id, name, level, form, parentId, divisionCode, foundedOn, on, into, at);
    }
}
