package io.quanyu.source.party;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A party-mass service center (党群服务中心) at district, street or community level, rated up to 5A. */
public record ServiceCenter(String id, String name, String level, String divisionCode, String rating, int floorArea, LocalDate openedOn)
{
    public ServiceCenter
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(level, "level is null");
        requireNonNull(divisionCode, "divisionCode is null");
        requireNonNull(rating, "rating is null");
        requireNonNull(openedOn, "openedOn is null");
    }
}
