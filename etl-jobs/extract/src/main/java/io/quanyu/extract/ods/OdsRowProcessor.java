package io.quanyu.extract.ods;

import org.apache.spark.sql.Row;
import org.springframework.batch.item.ItemProcessor;

import java.util.Map;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/** Maps a source item to its ODS row: the source's values by column name, and where the item was read. */
public class OdsRowProcessor<T>
        implements ItemProcessor<T, Row>
{
    private final OdsRowFactory rows;
    private final Function<T, Map<String, Object>> values;
    private final Function<T, String> location;

    public OdsRowProcessor(OdsRowFactory rows, Function<T, Map<String, Object>> values, Function<T, String> location)
    {
        this.rows = requireNonNull(rows, "rows is null");
        this.values = requireNonNull(values, "values is null");
        this.location = requireNonNull(location, "location is null");
    }

    @Override
    public Row process(T item)
    {
        return rows.create(values.apply(item), location.apply(item));
    }
}
