package io.quanyu.source.party;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A resident unit's (驻区单位) leader sitting as a part-time member (兼职委员) on a street 大工委 or community 大党委. */
public record ResidentUnitMember(String id, String unitName, String unitType, String personName, String organizationId, LocalDate since)
{
    public ResidentUnitMember
    {
        requireNonNull(id, "id is null");
        requireNonNull(unitName, "unitName is null");
        requireNonNull(unitType, "unitType is null");
        requireNonNull(personName, "personName is null");
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(since, "since is null");
    }
}
