package io.quanyu.source.event;

import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/**
 * A row of the governance platform's {@code service_event} table as it stands at the end of the simulated period.
 * Lifecycle timestamps not yet reached are null; {@code createdAt} is when the row reached the platform (later than
 * {@code reportedAt} for late arrivals) and {@code updatedAt} its last change.
 */
public record ServiceEvent(
        String id,
        ServiceEventType type,
        String title,
        String divisionCode,
        String gridCode,
        String channel,
        LocalDateTime reportedAt,
        LocalDateTime dispatchedAt,
        LocalDateTime respondedAt,
        LocalDateTime resolvedAt,
        LocalDateTime evaluatedAt,
        LocalDateTime deadlineAt,
        String status,
        Integer satisfaction,
        int reopenedCount,
        String department,
        Integer participants,
        Double volunteerHours,
        LocalDateTime createdAt,
        LocalDateTime updatedAt)
{
    public ServiceEvent
    {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(title, "title is null");
        requireNonNull(divisionCode, "divisionCode is null");
        requireNonNull(channel, "channel is null");
        requireNonNull(reportedAt, "reportedAt is null");
        requireNonNull(status, "status is null");
        requireNonNull(createdAt, "createdAt is null");
        requireNonNull(updatedAt, "updatedAt is null");
    }
}
