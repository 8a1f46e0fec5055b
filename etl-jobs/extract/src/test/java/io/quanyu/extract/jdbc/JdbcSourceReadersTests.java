package io.quanyu.extract.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JdbcSourceReadersTests
{
    @Test
    void aRowsRawRecordIsJsonAnyReaderReadsBack()
            throws Exception
    {
        // given a row with quotes, backslashes, line breaks, control characters, Chinese text and a null
        Map<String, String> row = new LinkedHashMap<>();
        row.put("title", "楼道\"堆物\"\\清理\n第2次\u0001");
        row.put("grid_code", null);

        // when it is rendered for the quarantine
        String json = JdbcSourceReaders.json(row);

        // then a standard JSON reader gives back the same values
        assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(row);
    }
}
