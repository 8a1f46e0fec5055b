package io.quanyu.source.event;

import io.quanyu.source.community.CommunityProfile;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.grid.GridHistory;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Plays the governance platform's events forward, day by day and community by community, and hands each event on as
 * the platform holds it at the end of the period: tickets part-way through their loop, some overdue, some reopened
 * after a poor evaluation, one in ten reaching the platform days after it was reported.
 */
public final class ServiceEventGenerator
{
    static final double LATE_ARRIVAL = 0.10;
    static final double OVERDUE = 0.12;
    static final double EVALUATED = 0.85;
    private static final int[] SATISFACTION_WEIGHTS = {3, 4, 10, 28, 55};
    private static final List<String> DEPARTMENTS = List.of("街道综合行政执法队", "区住建局", "区城管局", "区市场监管局", "街道社区事务办", "区民政局",
            "派出所", "区生态环境分局", "消防救援大队", "街道平安办");

    private final long seed;
    private final LocalDate start;
    private final LocalDate end;
    private final double volume;

    /** @param volume a multiplier of every type's rate (10 for the {@code 10x} scale) */
    public ServiceEventGenerator(long seed, LocalDate start, LocalDate end, double volume)
    {
        this.seed = seed;
        this.start = requireNonNull(start, "start is null");
        this.end = requireNonNull(end, "end is null");
        this.volume = volume;
    }

    public long generate(List<CommunityProfile> profiles, GridHistory grids, Consumer<ServiceEvent> sink)
    {
        GridCalendar calendar = new GridCalendar(grids);
        long count = 0;
        for (CommunityProfile profile : profiles) {
            SplittableRandom random = SeededRandom.forKey(seed, "service-events", profile.community().code());
            double[] chances = new double[ServiceEventType.values().length];
            for (ServiceEventType type : ServiceEventType.values()) {
                chances[type.ordinal()] = Math.exp(-type.perTenThousandHouseholdsPerDay() * volume * profile.households() / 10_000.0);
            }
            for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
                int sequence = 0;
                for (ServiceEventType type : ServiceEventType.values()) {
                    int events = poisson(random, chances[type.ordinal()]);
                    for (int index = 0; index < events; index++) {
                        String id = "SE%s%s%03d".formatted(profile.community().code(), day.toString().replace("-", ""), ++sequence);
                        ServiceEvent event = event(id, type, profile, day, calendar.pick(profile.community().code(), day, random), random);
                        // a late arrival after the period's end has not reached the platform yet
                        if (event != null) {
                            sink.accept(event);
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private ServiceEvent event(String id, ServiceEventType type, CommunityProfile profile, LocalDate day, String grid, SplittableRandom random)
    {
        String place = profile.community().name().replaceAll("(居民委员会|居委会|村民委员会|委员会)$", "");
        String title = type.titles().get(random.nextInt(type.titles().size())).formatted(place);
        LocalDateTime reported = day.atTime(LocalTime.of(7, 0)).plusMinutes(random.nextInt(14 * 60));
        if (!type.ticket()) {
            return activity(id, type, title, profile, grid, reported, random);
        }
        Timeline timeline = new Timeline(reported, random.nextDouble() < LATE_ARRIVAL ? reported.plusDays(1 + random.nextInt(5)) : reported.plusMinutes(3));
        LocalDateTime deadline = reported.plusDays(type.deadlineDays());
        LocalDateTime dispatched = timeline.created.plusMinutes(10 + random.nextInt(230));
        LocalDateTime responded = dispatched.plusMinutes(30 + random.nextInt(23 * 60));
        double share = random.nextDouble() < OVERDUE ? 1.05 + random.nextDouble() : 0.1 + 0.85 * random.nextDouble();
        LocalDateTime resolved = later(responded, reported.plusMinutes((long) (share * type.deadlineDays() * 24 * 60)));
        timeline.step(dispatched, "已派单").step(responded, "已响应").step(resolved, "已办结");
        if (random.nextDouble() < EVALUATED) {
            LocalDateTime evaluated = resolved.plusMinutes(120 + random.nextInt(3 * 24 * 60));
            int satisfaction = satisfaction(random);
            timeline.evaluate(evaluated, satisfaction);
            if (satisfaction <= 2 && random.nextBoolean()) {
                // reopened: dispatched again, resolved again, evaluated again
                LocalDateTime resolvedAgain = evaluated.plusDays(1 + random.nextInt(5));
                timeline.reopen(evaluated.plusMinutes(30)).step(resolvedAgain, "已办结").evaluate(resolvedAgain.plusDays(1), 3 + random.nextInt(3));
            }
        }
        return timeline.event(id, type, title, profile.community().code(), grid, channel(type, random), deadline,
                DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())));
    }

    private ServiceEvent activity(String id, ServiceEventType type, String title, CommunityProfile profile, String grid, LocalDateTime held,
            SplittableRandom random)
    {
        int participants = switch (type) {
            case DUAL_REPORT -> 5 + random.nextInt(36);
            case VOLUNTEER_SERVICE -> 8 + random.nextInt(53);
            default -> 6 + random.nextInt(15);
        };
        Double hours = type == ServiceEventType.VOLUNTEER_SERVICE ? Math.round(participants * (1 + 3 * random.nextDouble()) * 10) / 10.0 : null;
        LocalDateTime ended = held.plusMinutes(120 + random.nextInt(120));
        LocalDateTime recorded = ended.plusMinutes(30 + random.nextInt(2 * 24 * 60));
        LocalDateTime visible = recorded.isAfter(end.plusDays(1).atStartOfDay()) ? end.atTime(23, 59) : recorded;
        return new ServiceEvent(id, type, title, profile.community().code(), grid, "社区登记", held, null, null, ended, null, null, "已完成",
                null, 0, null, participants, hours, visible, visible);
    }

    private static String channel(ServiceEventType type, SplittableRandom random)
    {
        return switch (type) {
            case CITIZEN_REQUEST -> "12345热线";
            case WHISTLE -> random.nextBoolean() ? "街道吹哨" : "网格员上报";
            default -> switch (random.nextInt(10)) {
                case 0 -> "夜访民情";
                case 1, 2, 3 -> "居民小程序";
                default -> "网格员上报";
            };
        };
    }

    private static int satisfaction(SplittableRandom random)
    {
        int draw = random.nextInt(100);
        for (int score = 1; score <= 5; score++) {
            draw -= SATISFACTION_WEIGHTS[score - 1];
            if (draw < 0) {
                return score;
            }
        }
        return 5;
    }

    private static LocalDateTime later(LocalDateTime first, LocalDateTime second)
    {
        return first.isAfter(second) ? first : second;
    }

    /** Knuth's method; the rates a community sees in a day are small. */
    private static int poisson(SplittableRandom random, double chanceOfNone)
    {
        int count = 0;
        double product = random.nextDouble();
        while (product > chanceOfNone) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private record Step(LocalDateTime at, String status, Integer satisfaction) {}

    /** A ticket's steps, applied only as far as the end of the period reaches. */
    private final class Timeline
    {
        private final LocalDateTime cutoff = end.plusDays(1).atStartOfDay();
        private final LocalDateTime reported;
        private final LocalDateTime created;
        private final List<Step> steps = new ArrayList<>();

        Timeline(LocalDateTime reported, LocalDateTime created)
        {
            this.reported = reported;
            this.created = created;
        }

        Timeline step(LocalDateTime at, String status)
        {
            steps.add(new Step(at, status, null));
            return this;
        }

        Timeline evaluate(LocalDateTime at, int satisfaction)
        {
            steps.add(new Step(at, "已评价", satisfaction));
            return this;
        }

        Timeline reopen(LocalDateTime at)
        {
            steps.add(new Step(at, "重新派单", null));
            return this;
        }

        ServiceEvent event(String id, ServiceEventType type, String title, String division, String grid, String channel, LocalDateTime deadline,
                String department)
        {
            LocalDateTime createdAt = created.isBefore(cutoff) ? created : null;
            String status = "已上报";
            LocalDateTime dispatched = null;
            LocalDateTime responded = null;
            LocalDateTime resolved = null;
            LocalDateTime evaluated = null;
            Integer satisfaction = null;
            int reopened = 0;
            LocalDateTime updated = createdAt;
            for (Step step : steps) {
                LocalDateTime at = step.at();
                if (createdAt == null || !at.isBefore(cutoff)) {
                    break;
                }
                switch (step.status()) {
                    case "已派单" -> dispatched = at;
                    case "已响应" -> responded = at;
                    case "已办结" -> resolved = at;
                    case "已评价" -> {
                        evaluated = at;
                        satisfaction = step.satisfaction();
                    }
                    case "重新派单" -> {
                        reopened++;
                        resolved = null;
                        evaluated = null;
                        satisfaction = null;
                    }
                    default -> throw new IllegalStateException("unknown step " + step.status());
                }
                status = step.status().equals("重新派单") ? "已派单" : step.status();
                updated = at;
            }
            return createdAt == null ? null : new ServiceEvent(id, type, title, division, grid, channel, reported, dispatched, responded, resolved,
                    evaluated, deadline, status, satisfaction, reopened, department, null, null, createdAt, updated);
        }
    }
}
