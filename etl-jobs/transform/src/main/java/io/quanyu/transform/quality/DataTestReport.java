package io.quanyu.transform.quality;

import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** What the data tests of a day found. */
public record DataTestReport(LocalDate day, List<DataTestResult> results)
{
    public DataTestReport
    {
        requireNonNull(day, "day is null");
        results = List.copyOf(results);
    }

    /** The failed tests that stop the day from being published. */
    public List<DataTestResult> blockingFailures()
    {
        return results.stream().filter(result -> !result.passed() && result.test().blocksPublication()).toList();
    }

    public List<DataTestResult> warnings()
    {
        return results.stream().filter(result -> !result.passed() && !result.test().blocksPublication()).toList();
    }

    /** Fails with every blocking failure named, with its failing rows, for the operator to look into. */
    public void requirePassed()
    {
        List<DataTestResult> failures = blockingFailures();
        if (!failures.isEmpty()) {
            throw new IllegalStateException("%d error-level data tests failed for %s: %s; the queries are in ops.ops_data_test_result"
                    .formatted(failures.size(), day, failures));
        }
    }
}
