package io.quanyu.source.staff;

import io.quanyu.source.community.CommunityKind;
import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.RandomEvents;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.people.ChineseNames;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Each community's posts and the people who held them over the period: one 正职, one or two 副职 and ordinary workers
 * (about one per 350 urban households), each post refilled after a vacancy when someone leaves (about 10% a year,
 * the "难招、难留" the reports name). A few communities, mostly villages, have first secretaries on one-year terms.
 */
public final class StaffRosterGenerator
{
    static final double TURNOVER_PER_YEAR = 0.10;
    static final double UNDERPAID_COMMUNITIES = 0.08;
    static final double MOVES_AMONG_DEPARTURES = 0.3;
    private static final List<String> UNITS = List.of("区委组织部", "区财政局", "区发改局", "区住建局", "市级机关工委", "区人社局", "街道办事处", "区国资委");

    private final long seed;
    private final LocalDate start;
    private final LocalDate end;

    public StaffRosterGenerator(long seed, LocalDate start, LocalDate end)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
        this.end = requireNonNull(end, "end is null");
    }

    public List<StaffMember> generate(List<CommunityProfile> profiles)
    {
        Map<String, List<String>> byStreet = profiles.stream().map(profile -> profile.community().code())
                .collect(Collectors.groupingBy(code -> code.substring(0, 9)));
        List<StaffMember> members = new ArrayList<>();
        for (CommunityProfile profile : profiles) {
            SplittableRandom random = SeededRandom.forKey(seed, "staff", profile.community().code());
            boolean underpaid = random.nextDouble() < UNDERPAID_COMMUNITIES;
            List<String> siblings = byStreet.get(profile.community().code().substring(0, 9));
            boolean urban = profile.kind() == CommunityKind.URBAN;
            List<StaffPosition> posts = new ArrayList<>(List.of(StaffPosition.HEAD, StaffPosition.DEPUTY));
            if (urban) {
                posts.add(StaffPosition.DEPUTY);
            }
            int workers = urban ? Math.max(3, profile.households() / 350) : 1 + random.nextInt(3);
            for (int index = 0; index < workers; index++) {
                posts.add(StaffPosition.WORKER);
            }
            // each post has its own stream, so a longer period adds people without changing those before
            for (int slot = 0; slot < posts.size(); slot++) {
                SplittableRandom postRandom = SeededRandom.forKey(seed, "staff-post", profile.community().code() + "|" + slot);
                occupy(profile, posts.get(slot), underpaid, siblings, postRandom, slot, members);
            }
            if (random.nextDouble() < (urban ? 0.02 : 0.06)) {
                firstSecretaries(profile, SeededRandom.forKey(seed, "first-secretary", profile.community().code()), members);
            }
        }
        return List.copyOf(members);
    }

    /** A community's pay standing: the first draw of its own stream, as {@link #generate} makes it. */
    private boolean underpaid(String communityCode)
    {
        return SeededRandom.forKey(seed, "staff", communityCode).nextDouble() < UNDERPAID_COMMUNITIES;
    }

    private void occupy(CommunityProfile profile, StaffPosition post, boolean underpaid, List<String> siblings, SplittableRandom random, int slot,
            List<StaffMember> members)
    {
        LocalDate hired = start.minusDays(30 + random.nextInt(12 * 365));
        int occupant = 0;
        while (!hired.isAfter(end)) {
            String id = "SW%s%02d%02d".formatted(profile.community().code(), slot, occupant++ % 100);
            LocalDate left = RandomEvents.after(hired, TURNOVER_PER_YEAR, random, 30);
            // a share of departures are moves to another community of the street, taking effect at the month's end
            boolean moves = random.nextDouble() < MOVES_AMONG_DEPARTURES && siblings.size() > 1;
            String target = siblings.get(random.nextInt(siblings.size()));
            // drawn whether or not the move falls in the period, so a longer period does not shift later draws
            LocalDate leavesAgain = RandomEvents.after(left.withDayOfMonth(left.lengthOfMonth()).plusDays(1), TURNOVER_PER_YEAR, random, 30);
            if (moves && !target.equals(profile.community().code())) {
                left = left.withDayOfMonth(left.lengthOfMonth());
            }
            else {
                moves = false;
            }
            // the roster keeps leavers from before the period only if they were still there when it began
            if (!left.isBefore(start)) {
                LocalDate leftOn = left.isAfter(end) ? null : left;
                StaffMember person = person(id, profile, post, underpaid, hired, leftOn, moves && leftOn != null ? target : null, random);
                members.add(person);
                if (person.movedTo() != null && !left.plusDays(1).isAfter(end)) {
                    LocalDate arrived = left.plusDays(1);
                    members.add(new StaffMember(id, person.name(), person.gender(), person.birthYear(), person.education(), target, post,
                            person.certificate(), false, null, arrived, leavesAgain.isAfter(end) ? null : leavesAgain, underpaid(target), null, true));
                }
            }
            hired = left.plusDays(1 + random.nextInt(60));
        }
    }

    private void firstSecretaries(CommunityProfile profile, SplittableRandom random, List<StaffMember> members)
    {
        int number = 0;
        for (LocalDate term = start.minusDays(random.nextInt(365)); !term.isAfter(end); term = term.plusYears(1)) {
            LocalDate last = term.plusYears(1).minusDays(1);
            String id = "FS%s%02d".formatted(profile.community().code(), number++);
            members.add(firstSecretary(id, profile, UNITS.get(random.nextInt(UNITS.size())), term, last.isAfter(end) ? null : last, random));
        }
    }

    private StaffMember firstSecretary(String id, CommunityProfile profile, String unit, LocalDate term, LocalDate last, SplittableRandom random)
    {
        StaffMember person = person(id, profile, StaffPosition.HEAD, false, term, last, null, random);
        return new StaffMember(id, person.name(), person.gender(), person.birthYear(), person.education(), person.communityCode(), StaffPosition.HEAD,
                "无", true, unit, term, last, false, null, false);
    }

    private StaffMember person(String id, CommunityProfile profile, StaffPosition post, boolean underpaid, LocalDate hired, LocalDate left,
            String movedTo, SplittableRandom random)
    {
        int certificateDraw = random.nextInt(10);
        String certificate = certificateDraw < 5 ? "无" : certificateDraw < 8 ? "助理社工师" : "社工师";
        int educationDraw = random.nextInt(20);
        String education = educationDraw == 0 ? "高中" : educationDraw < 8 ? "大专" : educationDraw < 19 ? "本科" : "研究生";
        // ages at hiring spread so that the average age on the roster is in the late thirties (Hangzhou: 37.2)
        int birthYear = hired.getYear() - 23 - random.nextInt(18);
        return new StaffMember(id, ChineseNames.personName(random), random.nextInt(10) < 6 ? "女" : "男", birthYear, education,
                profile.community().code(), post, certificate, false, null, hired, left, underpaid, movedTo, false);
    }
}
