package io.quanyu.source.staff;

import io.quanyu.source.community.SeededRandom;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** A community worker's grade and pay in a month, on the "三岗十八级" ladder and Ningbo's pay rule. */
public final class StaffPay
{
    private StaffPay() {}

    /** One grade per ten months of service, a certificate worth one or two more, at most 18. */
    public static int grade(StaffMember member, YearMonth month)
    {
        long months = ChronoUnit.MONTHS.between(YearMonth.from(member.hiredOn()), month);
        int certificate = member.certificate().equals("社工师") ? 2 : member.certificate().equals("助理社工师") ? 1 : 0;
        return (int) Math.min(18, 1 + months / 10 + certificate);
    }

    /**
     * The post's multiple (1.6 / 1.3 / 1.1) of the previous year's local average wage, with a margin that grows with
     * the grade, or below it in the controlled share of underpaid communities; plus the certificate allowance.
     */
    public static long monthlyPay(StaffMember member, YearMonth month, long seed)
    {
        long wage = LocalWages.averageAnnualWage(member.communityCode().substring(0, 6), month.getYear() - 1);
        SplittableRandom random = SeededRandom.forKey(seed, "pay|" + month.getYear(), member.id());
        double margin = member.underpaid() ? 0.88 + 0.08 * random.nextDouble() : 1.02 + 0.10 * random.nextDouble() + 0.005 * grade(member, month);
        return Math.round(member.position().minimumWageMultiple() * wage * margin / 12 / 10) * 10 + member.certificateAllowance();
    }
}
