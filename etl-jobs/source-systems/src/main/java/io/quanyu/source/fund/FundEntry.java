package io.quanyu.source.fund;

import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * One line of a street's fund ledger: an allocation received for a community (拨入) or money it spent (支出).
 *
 * @param sourceLevel who the money came from: 市级, 区级 or 街道
 * @param amountInFen the amount in fen (hundredths of a yuan), so sums are exact
 */
public record FundEntry(
        LocalDate date,
        String communityCode,
        String communityName,
        FundType fundType,
        boolean allocation,
        String sourceLevel,
        String summary,
        long amountInFen,
        String handler)
{
    public FundEntry
    {
        requireNonNull(date, "date is null");
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(communityName, "communityName is null");
        requireNonNull(fundType, "fundType is null");
        requireNonNull(sourceLevel, "sourceLevel is null");
        requireNonNull(summary, "summary is null");
        requireNonNull(handler, "handler is null");
    }

    public String direction()
    {
        return allocation ? "拨入" : "支出";
    }
}
