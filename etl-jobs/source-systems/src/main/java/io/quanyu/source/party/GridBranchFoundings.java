package io.quanyu.source.party;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.grid.GridSplit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Keeps "一网格一支部" through a re-division: weeks after a grid is divided in two, each new grid gets its own 网格党支部
 * and the divided grid's branch is merged into the first one. Only communities that have grid branches get them (a
 * small community's single 党支部 has party groups instead).
 */
final class GridBranchFoundings
{
    static final int LEAST_DAYS_TO_FOUND = 7;
    static final int MOST_DAYS_TO_FOUND = 45;

    record Ending(LocalDate on, String into)
    {
        Ending
        {
            requireNonNull(on, "on is null");
            requireNonNull(into, "into is null");
        }
    }

    record Plan(List<PartyOrganization> founded, Map<String, Ending> endings)
    {
        Plan
        {
            founded = List.copyOf(founded);
            endings = Map.copyOf(endings);
        }
    }

    private GridBranchFoundings() {}

    static Plan plan(long seed, LocalDate end, List<PartyOrganization> initial, List<GridSplit> splits)
    {
        Map<String, List<PartyOrganization>> branchesByCommunity = new HashMap<>();
        initial.stream().filter(organization -> organization.form() == OrganizationForm.GRID_BRANCH)
                .forEach(branch -> branchesByCommunity.computeIfAbsent(branch.divisionCode(), code -> new ArrayList<>()).add(branch));
        List<PartyOrganization> founded = new ArrayList<>();
        Map<String, Ending> endings = new HashMap<>();
        for (GridSplit split : splits) {
            List<PartyOrganization> branches = branchesByCommunity.get(split.communityCode());
            if (branches == null) {
                continue;
            }
            SplittableRandom random = SeededRandom.forKey(seed, "grid-branch-founding", split.communityCode() + "-" + split.firstNumber());
            LocalDate foundedOn = split.on().plusDays(LEAST_DAYS_TO_FOUND + random.nextInt(MOST_DAYS_TO_FOUND - LEAST_DAYS_TO_FOUND + 1));
            if (foundedOn.isAfter(end)) {
                continue;
            }
            PartyOrganization template = branches.get(0);
            String shortName = template.name().replaceAll("第\\d+网格党支部$", "");
            for (int number : List.of(split.firstNumber(), split.secondNumber())) {
                founded.add(new PartyOrganization(branchId(split.communityCode(), number, branches.size()), "%s第%d网格党支部".formatted(shortName, number),
                        "党支部", OrganizationForm.GRID_BRANCH, template.parentId(), split.communityCode(), foundedOn, null, null, foundedOn.atTime(9, 0)));
            }
            endings.put(branchId(split.communityCode(), split.dividedNumber(), branches.size()),
                    new Ending(foundedOn, branchId(split.communityCode(), split.firstNumber(), branches.size())));
        }
        return new Plan(founded, endings);
    }

    /** The first grids' branches are numbered as the generator numbered them; branches of grids from a division carry "G". */
    static String branchId(String communityCode, int gridNumber, int initialBranches)
    {
        return gridNumber <= initialBranches ? "PO%s%02d".formatted(communityCode, gridNumber) : "PO%sG%03d".formatted(communityCode, gridNumber);
    }
}
