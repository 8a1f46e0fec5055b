package io.quanyu.source.party;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/** A row of the system's change log (组织变更记录): 成立, 更名, 合并 or 撤销, on the day it took effect. */
public record PartyOrganizationChange(String organizationId, String changeType, LocalDate effectiveOn, String oldName, String newName, String mergedInto,
        LocalDateTime recordedAt)
{
    public PartyOrganizationChange
    {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(changeType, "changeType is null");
        requireNonNull(effectiveOn, "effectiveOn is null");
        requireNonNull(recordedAt, "recordedAt is null");
    }
}
