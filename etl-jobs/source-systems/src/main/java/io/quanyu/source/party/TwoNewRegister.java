package io.quanyu.source.party;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.territory.Division;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * What the districts' 两新 registers hold: every 两新 organization of the city system, as a district writes it, and in
 * each district a few organizations founded in the last year that the city system has not heard of yet.
 */
public final class TwoNewRegister
{
    static final double WITHOUT_CODE = 0.2;
    static final double WITH_PREFIX = 0.25;
    static final int NAME_LAG_DAYS = 60;
    static final int DISTRICT_ONLY_PER_ORGANIZATIONS = 30;

    private final long seed;
    private final LocalDate asOf;
    private final List<PartyOrganization> organizations;
    private final Map<String, List<PartyOrganizationChange>> renames;
    private final Map<String, Integer> namesInDivision = new HashMap<>();
    private final Map<String, List<Entry>> districtOnly = new HashMap<>();

    /**
     * One register entry.
     *
     * @param organizationCode the city system's code as the district wrote it, null where it left it out
     * @param cityOrganizationId the city system's organization, null for one the district has not reported (never written)
     */
    public record Entry(String creditCode, String organizationCode, String cityOrganizationId, String name, String level, String domain,
            String divisionCode, LocalDate foundedOn, int memberCount)
    {
        public Entry
        {
            requireNonNull(creditCode, "creditCode is null");
            requireNonNull(name, "name is null");
            requireNonNull(level, "level is null");
            requireNonNull(domain, "domain is null");
            requireNonNull(divisionCode, "divisionCode is null");
            requireNonNull(foundedOn, "foundedOn is null");
        }
    }

    public TwoNewRegister(long seed, LocalDate asOf, List<PartyOrganization> organizations, List<PartyOrganizationChange> changes)
    {
        this.seed = seed;
        this.asOf = requireNonNull(asOf, "asOf is null");
        this.organizations = organizations.stream().filter(organization -> organization.form().twoNew()).toList();
        this.renames = changes.stream().filter(change -> change.changeType().equals("更名"))
                .sorted(Comparator.comparing(PartyOrganizationChange::effectiveOn))
                .collect(Collectors.groupingBy(PartyOrganizationChange::organizationId));
        for (PartyOrganization organization : organizations) {
            Set<String> names = new HashSet<>();
            names.add(normalized(organization.name()));
            renames.getOrDefault(organization.id(), List.of()).forEach(change -> names.add(normalized(change.oldName())));
            names.forEach(name -> namesInDivision.merge(organization.divisionCode() + "|" + name, 1, Integer::sum));
        }
    }

    /** A name as the conformed layer compares names: without the prefix 中共, spaces, or full-width letters and digits. */
    public static String normalized(String name)
    {
        StringBuilder plain = new StringBuilder();
        String rest = name.startsWith("中共") ? name.substring(2) : name;
        rest.codePoints().filter(character -> !Character.isWhitespace(character) && character != '\u3000')
                .map(character -> character >= '\uFF01' && character <= '\uFF5E' && !isBracket(character) ? character - 0xFEE0 : character)
                .forEach(plain::appendCodePoint);
        return plain.toString();
    }

    private static boolean isBracket(int character)
    {
        return character == '（' || character == '）';
    }

    /** The district's entries on a day, in division and credit-code order. */
    public List<Entry> entries(Division district, LocalDate day)
    {
        List<Entry> entries = new ArrayList<>();
        for (PartyOrganization organization : organizations) {
            if (organization.divisionCode().startsWith(district.districtPrefix()) && !organization.foundedOn().isAfter(day)
                    && (organization.dissolvedOn() == null || organization.dissolvedOn().isAfter(day))) {
                entries.add(entry(organization, day));
            }
        }
        for (Entry entry : districtOnly(district)) {
            if (!entry.foundedOn().isAfter(day)) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(Entry::divisionCode).thenComparing(Entry::creditCode));
        return entries;
    }

    private Entry entry(PartyOrganization organization, LocalDate day)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "two-new-register", organization.id());
        boolean leftOut = random.nextDouble() < WITHOUT_CODE;
        boolean prefixed = random.nextDouble() < WITH_PREFIX;
        int members = 3 + random.nextInt(38);
        LocalDate known = day.minusDays(NAME_LAG_DAYS).isBefore(organization.foundedOn()) ? organization.foundedOn() : day.minusDays(NAME_LAG_DAYS);
        String name = nameOn(organization, known);
        // an organization can only be told apart by name when no other in its division had that name
        boolean withCode = !leftOut || shared(organization.divisionCode(), organization.name()) || shared(organization.divisionCode(), name);
        return new Entry(creditCode(organization.id(), organization.divisionCode(), organization.form() == OrganizationForm.NON_PUBLIC_ENTERPRISE),
                withCode ? organization.id() : null, organization.id(), prefixed ? "中共" + name : name, organization.level(), organization.domain(),
                organization.divisionCode(), organization.foundedOn(), members);
    }

    private boolean shared(String divisionCode, String name)
    {
        return namesInDivision.getOrDefault(divisionCode + "|" + normalized(name), 0) > 1;
    }

    /** A credit code of the kind the market regulator issues: 91 for a company, 52 for a social organization. */
    private String creditCode(String key, String divisionCode, boolean company)
    {
        SplittableRandom random = SeededRandom.forKey(seed, "credit-code", key);
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder(company ? "91" : "52").append(divisionCode, 0, 6);
        while (code.length() < 18) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private String nameOn(PartyOrganization organization, LocalDate day)
    {
        String name = organization.name();
        List<PartyOrganizationChange> changes = renames.getOrDefault(organization.id(), List.of());
        for (int index = changes.size() - 1; index >= 0 && changes.get(index).effectiveOn().isAfter(day); index--) {
            name = changes.get(index).oldName();
        }
        return name;
    }

    /** Organizations founded in the district within the last year that only its register holds. */
    private List<Entry> districtOnly(Division district)
    {
        return districtOnly.computeIfAbsent(district.code(), code -> founded(district));
    }

    private List<Entry> founded(Division district)
    {
        List<PartyOrganization> local = organizations.stream().filter(organization -> organization.divisionCode().startsWith(district.districtPrefix())).toList();
        List<Entry> entries = new ArrayList<>();
        if (local.isEmpty()) {
            return entries;
        }
        SplittableRandom random = SeededRandom.forKey(seed, "two-new-register-district-only", district.code());
        int count = Math.max(1, local.size() / DISTRICT_ONLY_PER_ORGANIZATIONS);
        for (int index = 0; index < count; index++) {
            String divisionCode = local.get(random.nextInt(local.size())).divisionCode();
            String name = PartyOrganizationGenerator.companyBranch(random);
            if (namesInDivision.containsKey(divisionCode + "|" + normalized(name))) {
                continue;
            }
            namesInDivision.put(divisionCode + "|" + normalized(name), 1);
            entries.add(new Entry(creditCode(district.code() + "#" + index, divisionCode, true), null, null, name, "党支部",
                    OrganizationForm.NON_PUBLIC_ENTERPRISE.domain(), divisionCode, asOf.minusDays(30 + random.nextInt(300)), 3 + random.nextInt(10)));
        }
        return entries;
    }
}
