package io.quanyu.source.event;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;
import io.quanyu.source.defect.DefectValues;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * Gives planned events their defect before they are stored, and records it: a database row's location is its key.
 * Broken encoding here is mojibake, UTF-8 bytes read back as Latin-1 by a faulty interface.
 */
public final class ServiceEventDefects
{
    public static final String SOURCE = "governance-platform";
    private static final List<DefectKind> KINDS = List.of(DefectKind.values());

    private final DefectPlan plan;
    private final DefectManifest manifest;
    private final Set<String> knownDivisions;
    private final LocalDate end;

    public ServiceEventDefects(DefectPlan plan, DefectManifest manifest, Set<String> knownDivisions, LocalDate end)
    {
        this.plan = requireNonNull(plan, "plan is null");
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.knownDivisions = Set.copyOf(knownDivisions);
        this.end = requireNonNull(end, "end is null");
    }

    /** The rows to store for the event: itself, changed by its defect if it has one, and its duplicate if that is the defect. */
    public List<ServiceEvent> apply(ServiceEvent event)
    {
        Optional<DefectKind> defect = plan.pick(SOURCE, event.id(), KINDS);
        if (defect.isEmpty()) {
            return List.of(event);
        }
        SplittableRandom random = SeededRandom.forKey(plan.seed(), "defect-value|" + SOURCE, event.id());
        String title = event.title();
        String division = event.divisionCode();
        String grid = event.gridCode();
        LocalDateTime reported = event.reportedAt();
        Integer satisfaction = event.satisfaction();
        Double hours = event.volunteerHours();
        String field;
        switch (defect.get()) {
            case DUPLICATE_ROW -> {
                ServiceEvent again = copy(event, event.id() + "R", title, division, grid, reported, satisfaction, hours);
                manifest.record(new Defect(SOURCE, location(again.id()), DefectKind.DUPLICATE_ROW, "event_id", event.id()));
                return List.of(event, again);
            }
            case UNKNOWN_DIVISION_CODE -> {
                division = DefectValues.unknownDivisionCode(division, knownDivisions::contains);
                field = "division_code";
            }
            case MISSING_REQUIRED_FIELD -> {
                title = "";
                field = "title";
            }
            case ABSURD_VALUE -> {
                if (hours != null) {
                    hours = random.nextBoolean() ? -5.0 : 99_999.0;
                    field = "volunteer_hours";
                }
                else {
                    satisfaction = 9;
                    field = "satisfaction";
                }
            }
            case FUTURE_DATE -> {
                reported = end.plusDays(30 + random.nextInt(270)).atTime(reported.toLocalTime());
                field = "reported_at";
            }
            case ORPHAN_REFERENCE -> {
                grid = division.substring(0, 12) + "998";
                field = "grid_code";
            }
            case NAME_VARIANT -> {
                title = DefectValues.trailingSpaces(title, random);
                field = "title";
            }
            case BROKEN_ENCODING -> {
                title = DefectValues.mojibake(title);
                field = "title";
            }
            default -> throw new IllegalStateException("unhandled defect " + defect.get());
        }
        manifest.record(new Defect(SOURCE, location(event.id()), defect.get(), field, event.id()));
        return List.of(copy(event, event.id(), title, division, grid, reported, satisfaction, hours));
    }

    public static String location(String eventId)
    {
        return "service_event:event_id=" + eventId;
    }

    private static ServiceEvent copy(ServiceEvent event, String id, String title, String division, String grid, LocalDateTime reported,
            Integer satisfaction, Double hours)
    {
        return new ServiceEvent(id, event.type(), title, division, grid, event.channel(), reported, event.dispatchedAt(), event.respondedAt(),
                event.resolvedAt(), event.evaluatedAt(), event.deadlineAt(), event.status(), satisfaction, event.reopenedCount(), event.department(),
                event.participants(), hours, event.createdAt(), event.updatedAt());
    }
}
