package io.quanyu.source.grid;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** One version of a grid worker's record: the state from {@code changedOn} on. */
public record GridWorker(
        String id,
        String name,
        String gender,
        GridRole role,
        String gridCode,
        String mobile,
        LocalDate hiredOn,
        boolean onDuty,
        LocalDate changedOn)
{
    public GridWorker
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(gender, "gender is null");
        requireNonNull(role, "role is null");
        requireNonNull(gridCode, "gridCode is null");
        requireNonNull(mobile, "mobile is null");
        requireNonNull(hiredOn, "hiredOn is null");
        requireNonNull(changedOn, "changedOn is null");
    }

    public String status()
    {
        return onDuty ? "在岗" : "离岗";
    }

    GridWorker leftOn(LocalDate day)
    {
        return new GridWorker(id, name, gender, role, gridCode, mobile, hiredOn, false, day);
    }

    GridWorker movedTo(String grid, LocalDate day)
    {
        return new GridWorker(id, name, gender, role, grid, mobile, hiredOn, true, day);
    }
}
