package io.quanyu.source.member;

import io.quanyu.source.community.RandomEvents;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.party.OrganizationForm;
import io.quanyu.source.party.PartyOrganization;
import io.quanyu.source.people.ChineseNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * The members of every branch and group, sized by the organization's form, and their scored deeds for the 锋领指数.
 * Members of organs, institutions and state enterprises are in service elsewhere, and most of them report to a
 * community of their street (双报到). Members join and transfer out over the period; those of a dissolved or merged
 * organization leave it on that day.
 */
public final class PartyMemberGenerator
{
    static final double TRANSFER_PER_YEAR = 0.03;
    static final double JOINING_PER_MEMBER_YEAR = 0.03;
    static final double DEEDS_PER_YEAR = 1.2;
    static final double DUAL_REPORTING = 0.8;

    private final long seed;
    private final LocalDate start;
    private final LocalDate end;

    public PartyMemberGenerator(long seed, LocalDate start, LocalDate end)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
        this.end = requireNonNull(end, "end is null");
    }

    /** Hands on each organization's members, then calls {@code points} with each member's deeds. */
    public void generate(List<PartyOrganization> organizations, Map<String, List<String>> communitiesByStreet, Consumer<PartyMember> members,
            Consumer<MemberPoint> points)
    {
        for (PartyOrganization organization : organizations) {
            int size = size(organization.form(), organization.level(), SeededRandom.forKey(seed, "organization-size", organization.id()));
            if (size == 0) {
                continue;
            }
            SplittableRandom random = SeededRandom.forKey(seed, "members", organization.id());
            boolean inService = List.of(OrganizationForm.ORGAN, OrganizationForm.INSTITUTION, OrganizationForm.STATE_ENTERPRISE).contains(organization.form());
            List<String> communities = communitiesByStreet.getOrDefault(organization.divisionCode().substring(0, 9) + "000", List.of());
            int number = 0;
            for (int index = 0; index < size; index++) {
                member(organization, ++number, organization.foundedOn().isAfter(start) ? organization.foundedOn() : null, inService, communities,
                        random, members, points);
            }
            LocalDate from = organization.foundedOn().isAfter(start) ? organization.foundedOn() : start;
            for (LocalDate joined = next(from, JOINING_PER_MEMBER_YEAR * size, random); joined != null; joined = next(joined, JOINING_PER_MEMBER_YEAR * size, random)) {
                if (organization.dissolvedOn() == null || joined.isBefore(organization.dissolvedOn())) {
                    member(organization, ++number, joined, inService, communities, random, members, points);
                }
            }
        }
    }

    static int size(OrganizationForm form, String level, SplittableRandom random)
    {
        return switch (form) {
            case GRID_BRANCH -> 15 + random.nextInt(26);
            case VILLAGE_BRANCH -> 20 + random.nextInt(31);
            case PARTY_GROUP -> 6 + random.nextInt(7);
            case COMPOUND_BRANCH -> 10 + random.nextInt(16);
            case BUILDING_GROUP -> 4 + random.nextInt(7);
            case PROPERTY_BRANCH -> 5 + random.nextInt(11);
            case OWNERS_COMMITTEE_BRANCH -> 3 + random.nextInt(7);
            case ORGAN -> 30 + random.nextInt(91);
            case INSTITUTION -> 10 + random.nextInt(31);
            case STATE_ENTERPRISE -> 10 + random.nextInt(21);
            case NON_PUBLIC_ENTERPRISE -> 3 + random.nextInt(18);
            case SOCIAL_ORGANIZATION -> 3 + random.nextInt(8);
            // a community or village whose head organization is itself a branch holds its members directly
            case COMMUNITY_ORGANIZATION, VILLAGE_ORGANIZATION -> level.equals("党支部") ? 10 + random.nextInt(21) : 0;
            default -> 0;
        };
    }

    /** @param joined the day a member joined during the period, or null for one who was a member before it */
    private void member(PartyOrganization organization, int number, LocalDate joined, boolean inService, List<String> communities,
            SplittableRandom random, Consumer<PartyMember> members, Consumer<MemberPoint> points)
    {
        String id = "PM%s%03d".formatted(organization.id().substring(2), number);
        SplittableRandom own = SeededRandom.forKey(seed, "member", id);
        LocalDate joinedOn = joined != null ? joined : start.minusDays(30 + own.nextInt(40 * 365));
        int birthYear = joinedOn.getYear() - 20 - own.nextInt(25);
        String reported = inService && !communities.isEmpty() && own.nextDouble() < DUAL_REPORTING ? communities.get(own.nextInt(communities.size())) : null;
        LocalDate reportedOn = reported == null ? null : (joinedOn.isAfter(start) ? joinedOn : start.minusDays(own.nextInt(3 * 365))).plusDays(own.nextInt(60));
        LocalDate transferred = next(joinedOn.isAfter(start) ? joinedOn : start, TRANSFER_PER_YEAR, own);
        LocalDate leftOn = earliest(transferred, organization.dissolvedOn());
        String name = ChineseNames.personName(own);
        String gender = own.nextInt(10) < 4 ? "女" : "男";
        members.accept(new PartyMember(id, name, gender, birthYear, organization.id(), joinedOn, !joinedOn.isBefore(end.minusDays(365)), inService,
                reported, reportedOn != null && reportedOn.isAfter(end) ? null : reportedOn, leftOn));
        deeds(id, joinedOn.isAfter(start) ? joinedOn : start, leftOn, reported != null, own, points);
    }

    private void deeds(String memberId, LocalDate from, LocalDate leftOn, boolean reporting, SplittableRandom random, Consumer<MemberPoint> points)
    {
        int number = 0;
        for (LocalDate day = next(from, DEEDS_PER_YEAR, random); day != null; day = next(day, DEEDS_PER_YEAR, random)) {
            PointBehaviour behaviour = behaviour(reporting, random);
            java.time.LocalDateTime recorded = day.plusDays(random.nextInt(6)).atTime(9, 0).plusMinutes(random.nextInt(9 * 60));
            if ((leftOn == null || day.isBefore(leftOn)) && !recorded.toLocalDate().isAfter(end)) {
                points.accept(new MemberPoint("%s-%03d".formatted(memberId, ++number), memberId, behaviour, behaviour.points(), day, recorded));
            }
        }
    }

    private static PointBehaviour behaviour(boolean reporting, SplittableRandom random)
    {
        if (reporting && random.nextInt(3) == 0) {
            return PointBehaviour.DUAL_REPORT_SERVICE;
        }
        PointBehaviour[] all = PointBehaviour.values();
        PointBehaviour drawn = all[random.nextInt(all.length)];
        // deductions are rarer than the deeds they stand beside
        return drawn.points() < 0 && random.nextInt(3) > 0 ? PointBehaviour.ORGANIZATIONAL_LIFE : drawn;
    }

    private LocalDate next(LocalDate from, double ratePerYear, SplittableRandom random)
    {
        return RandomEvents.within(from, ratePerYear, random, end);
    }

    private static LocalDate earliest(LocalDate first, LocalDate second)
    {
        if (first == null) {
            return second;
        }
        return second == null || first.isBefore(second) ? first : second;
    }
}
