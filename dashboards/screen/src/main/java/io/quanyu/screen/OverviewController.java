package io.quanyu.screen;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** The JSON the screen draws from. Without a date, the latest day the warehouse has. */
@RestController
class OverviewController
{
    private final OrganizationOverviewRepository repository;
    private final ScreenProperties properties;

    OverviewController(OrganizationOverviewRepository repository, ScreenProperties properties)
    {
        this.repository = requireNonNull(repository, "repository is null");
        this.properties = requireNonNull(properties, "properties is null");
    }

    @GetMapping("/api/organizations/overview")
    OrganizationOverview overview(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date)
    {
        LocalDate day = date != null ? date : repository.latestStatDate()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "the warehouse has no day loaded yet"));
        return repository.overview(properties.cityCode(), day);
    }

    @GetMapping("/api/screen")
    Map<String, String> screen()
    {
        return Map.of("cityCode", properties.cityCode(), "mapUrl", "/geo/" + properties.mapCode() + ".json");
    }
}
