package io.quanyu.source.csv;

import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;
import io.quanyu.source.defect.DefectValues;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * Writes CSV rows of one source, giving the planned ones their defect and recording each in the manifest. Which kinds
 * a row can get follows from the roles its fields play.
 */
public final class CsvRowDefects
{
    private final String source;
    private final DefectPlan plan;
    private final DefectManifest manifest;
    private final Predicate<String> knownDivision;

    public CsvRowDefects(String source, DefectPlan plan, DefectManifest manifest, Predicate<String> knownDivision)
    {
        this.source = requireNonNull(source, "source is null");
        this.plan = requireNonNull(plan, "plan is null");
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.knownDivision = requireNonNull(knownDivision, "knownDivision is null");
    }

    /**
     * The fields of a row that defects can touch; null where the row has no such field.
     *
     * @param key the record's key (named in the manifest, doubled for duplicates)
     * @param name a required text field
     * @param divisionCode a 12-digit division code
     * @param number a count or amount
     * @param date a date that cannot lie after the file's date
     * @param reference a code of another record of the same source
     */
    public record Roles(String key, String name, String divisionCode, String number, String date, String reference)
    {
        public Roles
        {
            requireNonNull(key, "key is null");
            requireNonNull(name, "name is null");
        }

        List<DefectKind> applicable()
        {
            List<DefectKind> kinds = new ArrayList<>(List.of(DefectKind.DUPLICATE_ROW, DefectKind.MISSING_REQUIRED_FIELD, DefectKind.NAME_VARIANT,
                    DefectKind.BROKEN_ENCODING));
            if (divisionCode != null) {
                kinds.add(DefectKind.UNKNOWN_DIVISION_CODE);
            }
            if (number != null) {
                kinds.add(DefectKind.ABSURD_VALUE);
            }
            if (date != null) {
                kinds.add(DefectKind.FUTURE_DATE);
            }
            if (reference != null) {
                kinds.add(DefectKind.ORPHAN_REFERENCE);
            }
            return kinds;
        }
    }

    /** @param location the file as the manifest names it, without the line */
    public void write(DefectiveCsvWriter writer, String location, LocalDate fileDate, Map<String, String> row, Roles roles, DateTimeFormatter dates)
    {
        String key = row.get(roles.key());
        Optional<DefectKind> defect = plan.pick(source, location + "|" + key, roles.applicable());
        if (defect.isEmpty()) {
            writer.write(row);
            return;
        }
        SplittableRandom random = SeededRandom.forKey(plan.seed(), "defect-value|" + source, location + "|" + key);
        String field = switch (defect.get()) {
            case DUPLICATE_ROW -> {
                writer.write(row);
                yield roles.key();
            }
            case UNKNOWN_DIVISION_CODE -> {
                row.put(roles.divisionCode(), DefectValues.unknownDivisionCode(row.get(roles.divisionCode()), knownDivision));
                yield roles.divisionCode();
            }
            case MISSING_REQUIRED_FIELD -> {
                row.put(roles.name(), "");
                yield roles.name();
            }
            case ABSURD_VALUE -> {
                row.put(roles.number(), random.nextBoolean() ? "-" + (1 + random.nextInt(99)) : "9999999");
                yield roles.number();
            }
            case FUTURE_DATE -> {
                row.put(roles.date(), dates.format(fileDate.plusDays(200 + random.nextInt(600))));
                yield roles.date();
            }
            case ORPHAN_REFERENCE -> {
                String reference = row.get(roles.reference());
                row.put(roles.reference(), reference.substring(0, reference.length() - 3) + "998");
                yield roles.reference();
            }
            case NAME_VARIANT -> {
                row.put(roles.name(), variant(row.get(roles.name()), random));
                yield roles.name();
            }
            case BROKEN_ENCODING -> roles.name();
        };
        int line = defect.get() == DefectKind.BROKEN_ENCODING ? writer.writeWithBrokenBytes(row, roles.name()) : writer.write(row);
        manifest.record(new Defect(source, location + ":" + line, defect.get(), field, key));
    }

    /** Full-width digits where the name has digits, otherwise trailing (ideographic or plain) spaces. */
    static String variant(String name, SplittableRandom random)
    {
        if (name.chars().anyMatch(Character::isDigit)) {
            StringBuilder wide = new StringBuilder();
            name.chars().forEach(character -> wide.append(Character.isDigit(character) ? (char) (character - '0' + '０') : (char) character));
            return wide.toString();
        }
        return DefectValues.trailingSpaces(name, random);
    }
}
