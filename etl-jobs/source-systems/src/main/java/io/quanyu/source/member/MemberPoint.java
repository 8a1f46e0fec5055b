package io.quanyu.source.member;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static java.util.Objects.requireNonNull;

/** One scored deed ("一事一评分") of a member for the 锋领指数. */
public record MemberPoint(String id, String memberId, PointBehaviour behaviour, int points, LocalDate occurredOn, LocalDateTime recordedAt)
{
    public MemberPoint
    {
        requireNonNull(id, "id is null");
        requireNonNull(memberId, "memberId is null");
        requireNonNull(behaviour, "behaviour is null");
        requireNonNull(occurredOn, "occurredOn is null");
        requireNonNull(recordedAt, "recordedAt is null");
    }
}
