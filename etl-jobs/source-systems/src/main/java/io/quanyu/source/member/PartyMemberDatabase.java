package io.quanyu.source.member;

import io.quanyu.source.SourceDatabase;
import io.quanyu.source.community.SeededRandom;
import io.quanyu.source.defect.Defect;
import io.quanyu.source.defect.DefectKind;
import io.quanyu.source.defect.DefectManifest;
import io.quanyu.source.defect.DefectPlan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import static java.util.Objects.requireNonNull;

/**
 * The members' tables of the party-organization system: {@code party_member} and {@code member_point} (the 锋领指数's
 * scored deeds). Planned defects go into the point rows and the manifest.
 */
public final class PartyMemberDatabase
        implements AutoCloseable
{
    public static final String SOURCE = "party-organization-system";
    private static final List<DefectKind> POINT_DEFECTS = List.of(DefectKind.DUPLICATE_ROW, DefectKind.ORPHAN_REFERENCE, DefectKind.FUTURE_DATE,
            DefectKind.ABSURD_VALUE);
    private static final int BATCH = 5_000;

    private final Connection connection;
    private final PreparedStatement memberInsert;
    private final PreparedStatement pointInsert;
    private final DefectPlan plan;
    private final DefectManifest manifest;
    private final LocalDate end;
    private int pending;

    public PartyMemberDatabase(SourceDatabase database, DefectPlan plan, DefectManifest manifest, LocalDate end)
            throws SQLException
    {
        this.plan = requireNonNull(plan, "plan is null");
        this.manifest = requireNonNull(manifest, "manifest is null");
        this.end = requireNonNull(end, "end is null");
        connection = requireNonNull(database, "database is null").connect();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists party_member");
            statement.execute("drop table if exists member_point");
            statement.execute("""
                    create table party_member (
                        member_id varchar(32) primary key,
                        member_name varchar(32) not null,
                        gender varchar(2) not null,
                        birth_year integer not null,
                        org_id varchar(32) not null,
                        joined_on date not null,
                        member_type varchar(8) not null,
                        in_service boolean not null,
                        reported_community varchar(12),
                        reported_on date,
                        left_on date,
                        status varchar(8) not null
                    )""");
            statement.execute("""
                    create table member_point (
                        point_id varchar(40) primary key,
                        member_id varchar(32) not null,
                        behaviour_code varchar(4) not null,
                        area varchar(8) not null,
                        behaviour varchar(16) not null,
                        points integer not null,
                        occurred_on date not null,
                        recorded_at timestamp not null
                    )""");
        }
        memberInsert = connection.prepareStatement("insert into party_member values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        pointInsert = connection.prepareStatement("insert into member_point values (?, ?, ?, ?, ?, ?, ?, ?)");
    }

    public void insert(PartyMember member)
    {
        try {
            memberInsert.setString(1, member.id());
            memberInsert.setString(2, member.name());
            memberInsert.setString(3, member.gender());
            memberInsert.setInt(4, member.birthYear());
            memberInsert.setString(5, member.organizationId());
            memberInsert.setDate(6, Date.valueOf(member.joinedOn()));
            memberInsert.setString(7, member.probationary() ? "预备党员" : "正式党员");
            memberInsert.setBoolean(8, member.inService());
            memberInsert.setString(9, member.reportedCommunity());
            memberInsert.setDate(10, member.reportedOn() == null ? null : Date.valueOf(member.reportedOn()));
            memberInsert.setDate(11, member.leftOn() == null ? null : Date.valueOf(member.leftOn()));
            memberInsert.setString(12, member.leftOn() == null ? "正常" : "已转出");
            memberInsert.addBatch();
            flushIfFull();
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot store member %s: %s".formatted(member.id(), e.getMessage()), e);
        }
    }

    public void insert(MemberPoint point)
    {
        String location = "member_point:point_id=" + point.id();
        DefectKind defect = plan.pick(SOURCE, location, POINT_DEFECTS).orElse(null);
        SplittableRandom random = SeededRandom.forKey(plan.seed(), "defect-value|" + SOURCE, point.id());
        String memberId = defect == DefectKind.ORPHAN_REFERENCE ? point.memberId().substring(0, point.memberId().length() - 3) + "998" : point.memberId();
        LocalDate occurred = defect == DefectKind.FUTURE_DATE ? end.plusDays(30 + random.nextInt(300)) : point.occurredOn();
        int points = defect == DefectKind.ABSURD_VALUE ? 999 : point.points();
        try {
            add(point.id(), memberId, point, points, occurred);
            if (defect == DefectKind.DUPLICATE_ROW) {
                add(point.id() + "R", memberId, point, points, occurred);
                location = "member_point:point_id=" + point.id() + "R";
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot store point %s: %s".formatted(point.id(), e.getMessage()), e);
        }
        if (defect != null) {
            String field = switch (defect) {
                case ORPHAN_REFERENCE -> "member_id";
                case FUTURE_DATE -> "occurred_on";
                case ABSURD_VALUE -> "points";
                default -> "point_id";
            };
            manifest.record(new Defect(SOURCE, location, defect, field, point.id()));
        }
    }

    private void add(String id, String memberId, MemberPoint point, int points, LocalDate occurred)
            throws SQLException
    {
        pointInsert.setString(1, id);
        pointInsert.setString(2, memberId);
        pointInsert.setString(3, point.behaviour().code());
        pointInsert.setString(4, point.behaviour().area());
        pointInsert.setString(5, point.behaviour().label());
        pointInsert.setInt(6, points);
        pointInsert.setDate(7, Date.valueOf(occurred));
        pointInsert.setTimestamp(8, Timestamp.valueOf(point.recordedAt()));
        pointInsert.addBatch();
        flushIfFull();
    }

    private void flushIfFull()
            throws SQLException
    {
        if (++pending >= BATCH) {
            flush();
        }
    }

    private void flush()
            throws SQLException
    {
        memberInsert.executeBatch();
        pointInsert.executeBatch();
        connection.commit();
        pending = 0;
    }

    @Override
    public void close()
            throws SQLException
    {
        flush();
        memberInsert.close();
        pointInsert.close();
        try (Statement statement = connection.createStatement()) {
            // the system answers "points recorded since" from an index, as the platform's own reports do; built once
            // the points are in, which costs less than keeping it through 1.8 million inserts
            statement.execute("create index if not exists member_point_recorded_at on member_point (recorded_at)");
        }
        connection.commit();
        if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("shutdown compact");
            }
        }
        connection.close();
    }
}
