package io.quanyu.source.party;

import io.quanyu.source.community.RandomEvents;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.grid.GridSplit;
import io.quanyu.source.territory.Division;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Plays the organizations' history over the period: 两新 organizations renamed, dissolved with their companies, and
 * newly founded in every street; compound branches and institutions renamed; grid branches merged into their neighbour,
 * and new grid branches founded when a grid is divided ({@link GridBranchFoundings}).
 * A change is entered in the system up to three days after it took effect, so the row's {@code updated_at} can lie
 * after its effective date; a change not yet entered by the end of the period is not there.
 */
public final class PartyOrganizationHistory
{
    static final double RENAME_PER_YEAR = 0.05;
    static final double TWO_NEW_DISSOLVED_PER_YEAR = 0.04;
    static final double GRID_BRANCH_MERGED_PER_YEAR = 0.01;
    static final double FOUNDINGS_PER_STREET_PER_YEAR = 3.0;

    private final long seed;
    private final LocalDate start;
    private final LocalDate end;

    public PartyOrganizationHistory(long seed, LocalDate start, LocalDate end)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
        this.end = requireNonNull(end, "end is null");
    }

    public record Result(List<PartyOrganization> organizations, List<PartyOrganizationChange> changes)
    {
        public Result
        {
            organizations = List.copyOf(organizations);
            changes = List.copyOf(changes);
        }
    }

    public Result play(List<PartyOrganization> initial, List<Division> streets)
    {
        return play(initial, streets, List.of());
    }

    public Result play(List<PartyOrganization> initial, List<Division> streets, List<GridSplit> gridSplits)
    {
        List<PartyOrganization> organizations = new ArrayList<>();
        List<PartyOrganizationChange> changes = new ArrayList<>();
        List<PartyOrganization> all = new ArrayList<>(initial);
        for (Division street : streets) {
            all.addAll(foundings(street));
        }
        GridBranchFoundings.Plan gridBranches = GridBranchFoundings.plan(seed, end, initial, gridSplits);
        all.addAll(gridBranches.founded());
        for (PartyOrganization organization : all) {
            organizations.add(evolve(organization, changes, gridBranches.endings().get(organization.id())));
        }
        changes.sort(Comparator.comparing(PartyOrganizationChange::recordedAt).thenComparing(PartyOrganizationChange::organizationId));
        return new Result(organizations, changes);
    }

    private PartyOrganization evolve(PartyOrganization organization, List<PartyOrganizationChange> changes, GridBranchFoundings.Ending gridDivided)
    {
        changes.add(new PartyOrganizationChange(organization.id(), "成立", organization.foundedOn(), null, organization.name(), null,
                organization.foundedOn().atTime(9, 0)));
        SplittableRandom random = SeededRandom.forKey(seed, "organization-history", organization.id());
        LocalDate from = organization.foundedOn().isAfter(start) ? organization.foundedOn() : start;
        LocalDate renameOn = renamable(organization.form()) ? after(from, RENAME_PER_YEAR, random) : null;
        // drawn whether or not the rename falls in the period, so a longer period does not shift later draws
        String newName = newName(organization, random);
        LocalDate endOn = organization.form().twoNew() ? after(from, TWO_NEW_DISSOLVED_PER_YEAR, random)
                : mergeable(organization) ? after(from, GRID_BRANCH_MERGED_PER_YEAR, random) : null;
        LocalDateTime renameRecorded = recorded(renameOn, random);
        LocalDateTime endRecorded = recorded(endOn, random);
        String into = organization.form().twoNew() ? null : endOn == null ? null : neighbour(organization);
        if (gridDivided != null && (endRecorded == null || gridDivided.on().isBefore(endOn))) {
            endOn = gridDivided.on();
            endRecorded = endOn.atTime(10, 0);
            into = gridDivided.into();
        }
        PartyOrganization current = organization;
        if (renameRecorded != null && (endOn == null || renameOn.isBefore(endOn))) {
            changes.add(new PartyOrganizationChange(organization.id(), "更名", renameOn, organization.name(), newName, null, renameRecorded));
            current = current.renamed(newName, renameRecorded);
        }
        if (endRecorded != null) {
            changes.add(new PartyOrganizationChange(organization.id(), into == null ? "撤销" : "合并", endOn, current.name(), null, into, endRecorded));
            current = current.ended(endOn, into, endRecorded);
        }
        return current;
    }

    private List<PartyOrganization> foundings(Division street)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "organization-founding", street.code());
        List<PartyOrganization> founded = new ArrayList<>();
        LocalDate day = after(start, FOUNDINGS_PER_STREET_PER_YEAR, random);
        for (int number = 1; day != null; number++) {
            boolean company = random.nextBoolean();
            String name = company ? PartyOrganizationGenerator.companyBranch(random) : "%s新兴领域联合党支部%d".formatted(street.name(), number);
            founded.add(new PartyOrganization("PO%sN%03d".formatted(street.code(), number), name, "党支部",
                    company ? OrganizationForm.NON_PUBLIC_ENTERPRISE : OrganizationForm.SOCIAL_ORGANIZATION,
                    PartyOrganizationGenerator.streetCommitteeId(street.code()), street.code(), day, null, null, day.atTime(9, 0)));
            day = after(day, FOUNDINGS_PER_STREET_PER_YEAR, random);
        }
        return founded;
    }

    private static boolean renamable(OrganizationForm form)
    {
        return form.twoNew() || form == OrganizationForm.COMPOUND_BRANCH || form == OrganizationForm.INSTITUTION;
    }

    private static boolean mergeable(PartyOrganization organization)
    {
        // a branch founded for a divided grid ("G" in its id) is the newest of its community; none merges into it by number
        return organization.form() == OrganizationForm.GRID_BRANCH && !organization.id().endsWith("01") && organization.id().indexOf('G') < 0;
    }

    /** A grid branch merges into the branch of the grid numbered one lower in the same community. */
    private static String neighbour(PartyOrganization organization)
    {
        String id = organization.id();
        int number = Integer.parseInt(id.substring(id.length() - 2));
        return id.substring(0, id.length() - 2) + "%02d".formatted(number - 1);
    }

    private static String newName(PartyOrganization organization, SplittableRandom random)
    {
        return organization.form() == OrganizationForm.NON_PUBLIC_ENTERPRISE ? PartyOrganizationGenerator.companyBranch(random)
                : organization.name().replace("党支部", "联合党支部");
    }

    /** The day of the next event of a process with the given yearly rate, or null if it falls after the period. */
    private LocalDate after(LocalDate from, double ratePerYear, SplittableRandom random)
    {
        return RandomEvents.within(from, ratePerYear, random, end);
    }

    private LocalDateTime recorded(LocalDate effectiveOn, SplittableRandom random)
    {
        int delay = random.nextInt(4);
        int minutes = random.nextInt(8 * 60);
        if (effectiveOn == null) {
            return null;
        }
        LocalDateTime at = effectiveOn.plusDays(delay).atTime(9, 0).plusMinutes(minutes);
        return at.toLocalDate().isAfter(end) ? null : at;
    }
}
