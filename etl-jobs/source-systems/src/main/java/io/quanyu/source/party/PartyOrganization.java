package io.quanyu.source.party;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/** A party organization as the city party-organization system stores it (Chinese level and domain values). */
public record PartyOrganization(
        String id,
        String name,
        String level,
        String domain,
        String parentId,
        String divisionCode,
        LocalDate foundedOn,
        String status,
        LocalDateTime updatedAt)
{
    public PartyOrganization
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
        requireNonNull(domain, "domain is null");
        requireNonNull(divisionCode, "divisionCode is null");
        requireNonNull(foundedOn, "foundedOn is null");
        requireNonNull(status, "status is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }
}
