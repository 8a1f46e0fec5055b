package io.quanyu.source.staff;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * A person on the HR roster over their whole stay: a full-time community worker (专职社区工作者) or a first secretary
 * (第一书记) dispatched for a term.
 *
 * @param leftOn the last day, or null while still employed
 * @param dispatchingUnit for first secretaries, the organ that sent them; null otherwise
 * @param underpaid whether the community pays below the rule (a controlled share, for the warnings)
 * @param movedTo the community this person moved to when this stay ended, or null
 * @param movedIn whether this stay began with a move from another community
 */
public record StaffMember(
        String id,
        String name,
        String gender,
        int birthYear,
        String education,
        String communityCode,
        StaffPosition position,
        String certificate,
        boolean firstSecretary,
        String dispatchingUnit,
        LocalDate hiredOn,
        LocalDate leftOn,
        boolean underpaid,
        String movedTo,
        boolean movedIn)
{
    public StaffMember
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(gender, "gender is null");
        requireNonNull(education, "education is null");
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(position, "position is null");
        requireNonNull(certificate, "certificate is null");
        requireNonNull(hiredOn, "hiredOn is null");
    }

    public boolean employedDuring(LocalDate first, LocalDate last)
    {
        return !hiredOn.isAfter(last) && (leftOn == null || !leftOn.isBefore(first));
    }

    /** Monthly certificate allowance (Cuiping): 200 for 助理社工师, 400 for 社工师. */
    public int certificateAllowance()
    {
        return switch (certificate) {
            case "社工师" -> 400;
            case "助理社工师" -> 200;
            default -> 0;
        };
    }
}
