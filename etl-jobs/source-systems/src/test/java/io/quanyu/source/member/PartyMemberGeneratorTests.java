package io.quanyu.source.member;

import io.quanyu.source.community.CommunityProfiles;
import io.quanyu.source.party.PartyInfrastructureGenerator;
import io.quanyu.source.party.PartyOrganization;
import io.quanyu.source.party.PartyOrganizationGenerator;
import io.quanyu.source.party.PartyOrganizationHistory;
import io.quanyu.source.territory.Division;
import io.quanyu.source.territory.DivisionLevel;
import io.quanyu.source.territory.Territory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PartyMemberGeneratorTests
{
    private static final LocalDate START = LocalDate.of(2025, 11, 22);
    private static final LocalDate END = LocalDate.of(2026, 11, 21);
    private final Territory haishu = Territory.ofCity("3302").restrictedToDistrict("330203000000");
    private final List<PartyOrganization> organizations = new PartyOrganizationHistory(6, START, END).play(
            new PartyOrganizationGenerator(6, START).generate(haishu, CommunityProfiles.of(haishu, 6)), haishu.ofLevel(DivisionLevel.STREET)).organizations();
    private final Map<String, List<String>> communitiesByStreet = haishu.ofLevel(DivisionLevel.COMMUNITY).stream()
            .collect(Collectors.groupingBy(Division::parentCode, Collectors.mapping(Division::code, Collectors.toList())));

    @Test
    void inServiceMembersMostlyReportToACommunityOfTheirStreet()
    {
        List<PartyMember> members = new ArrayList<>();
        new PartyMemberGenerator(6, START, END).generate(organizations, communitiesByStreet, members::add, point -> {});
        Map<String, PartyOrganization> byId = organizations.stream().collect(Collectors.toMap(PartyOrganization::id, Function.identity()));
        List<PartyMember> inService = members.stream().filter(PartyMember::inService).toList();

        assertThat(inService.stream().filter(member -> member.reportedCommunity() != null).count() / (double) inService.size())
                .isBetween(0.75, 0.85);
        assertThat(inService).filteredOn(member -> member.reportedCommunity() != null).allSatisfy(member ->
                assertThat(member.reportedCommunity()).startsWith(byId.get(member.organizationId()).divisionCode().substring(0, 9)));
        assertThat(members).filteredOn(member -> byId.get(member.organizationId()).dissolvedOn() != null).allSatisfy(member ->
                assertThat(member.leftOn()).isBeforeOrEqualTo(byId.get(member.organizationId()).dissolvedOn()));
        assertThat(members).extracting(PartyMember::id).doesNotHaveDuplicates();
    }

    @Test
    void deedsCoverTheSixteenBehavioursWithinMembershipAndThePeriod()
    {
        Map<String, PartyMember> members = new java.util.HashMap<>();
        List<MemberPoint> points = new ArrayList<>();
        new PartyMemberGenerator(6, START, END).generate(organizations, communitiesByStreet, member -> members.put(member.id(), member), points::add);

        assertThat(points).extracting(MemberPoint::behaviour).containsAll(Arrays.asList(PointBehaviour.values()));
        assertThat(points).allSatisfy(point -> {
            PartyMember member = members.get(point.memberId());
            assertThat(point.occurredOn()).isAfterOrEqualTo(member.joinedOn()).isBetween(START, END);
            assertThat(point.recordedAt().toLocalDate()).isBetween(point.occurredOn(), END);
            if (member.leftOn() != null) {
                assertThat(point.occurredOn()).isBefore(member.leftOn());
            }
        });
        assertThat(points.stream().filter(point -> point.points() < 0).count() / (double) points.size()).isBetween(0.03, 0.15);
    }

    @Test
    void haishusStreetsAndCommitteesSeatTheirResidentUnits()
    {
        assertThat(new PartyInfrastructureGenerator(6, START).residentUnitMembers(organizations)).hasSizeGreaterThan(100)
                .allSatisfy(member -> assertThat(member.unitType()).isIn("机关", "事业单位", "国企", "非公企业"));
    }
}
