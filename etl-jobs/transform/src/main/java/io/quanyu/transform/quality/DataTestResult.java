package io.quanyu.transform.quality;

import static java.util.Objects.requireNonNull;

public record DataTestResult(DataTest test, long failingRows)
{
    public DataTestResult
    {
        requireNonNull(test, "test is null");
    }

    public boolean passed()
    {
        return failingRows == 0;
    }

    @Override
    public String toString()
    {
        return "%s.%s (%s): %,d failing rows".formatted(test.table(), test.name(), test.severity(), failingRows);
    }
}
