package io.quanyu.source.member;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A party member as the party-organization system holds them.
 *
 * @param reportedCommunity for in-service members (在职党员) who do 双报到, the community they report to; else null
 * @param leftOn the day they transferred out, or null
 */
public record PartyMember(
        String id,
        String name,
        String gender,
        int birthYear,
        String organizationId,
        LocalDate joinedOn,
        boolean probationary,
        boolean inService,
        String reportedCommunity,
        LocalDate reportedOn,
        LocalDate leftOn)
{
    public PartyMember
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(gender, "gender is null");
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(joinedOn, "joinedOn is null");
    }
}
