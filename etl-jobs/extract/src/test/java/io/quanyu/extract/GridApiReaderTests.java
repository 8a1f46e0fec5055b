package io.quanyu.extract;

import io.quanyu.extract.grid.GridApiReader;
import io.quanyu.extract.ods.LoadWindow;
import io.quanyu.extract.ods.SourceRecord;
import io.quanyu.source.grid.GridApiRecord;
import io.quanyu.source.grid.GridApiStore;
import io.quanyu.source.grid.GridPlatformApiServer;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridApiReaderTests
{
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @Test
    void pagesThroughTheChangesOfTheWindowOnly()
            throws Exception
    {
        // given the simulator's API serving one district's grid records
        Path store = ExtractJobTestSupport.SOURCES.root().resolve("grid-platform-api/330203000000");
        List<GridApiRecord> all = GridApiStore.read(store, GridApiStore.GRIDS);
        LocalDateTime start = all.get(all.size() / 2).updatedAt().toLocalDate().atStartOfDay();
        LoadWindow window = new LoadWindow(start, start.plusDays(1), start.plusDays(1));
        long expected = all.stream().filter(record -> window.contains(record.updatedAt())).count();

        try (GridPlatformApiServer server = new GridPlatformApiServer(store, 0)) {
            // when the reader asks for the window's changes
            List<SourceRecord> records = readAll(new GridApiReader("test", "http://127.0.0.1:" + server.port(), "grids", window, DAY));

            // then it gets exactly them, each with its page and position
            assertThat(expected).isPositive();
            assertThat(records).hasSize((int) expected);
            assertThat(records).allSatisfy(record -> assertThat(record.location()).matches("grids\\?page=\\d+&page_size=1000#\\d+"));
            assertThat(records.get(0).fields()).containsKeys("gridCode", "gridName", "communityCode", "updatedAt");
        }
    }

    @Test
    void anUnreachableApiIsAClearError()
            throws Exception
    {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LoadWindow window = new LoadWindow(null, DAY.plusDays(1).atStartOfDay(), DAY.plusDays(1).atStartOfDay());

        assertThatThrownBy(() -> readAll(new GridApiReader("test", "http://127.0.0.1:" + closedPort, "grids", window, DAY)))
                .isInstanceOf(ItemStreamException.class)
                .hasMessageStartingWith("grid platform API http://127.0.0.1:%d/api/v1/grids?page=1&page_size=1000 is unreachable".formatted(closedPort));
    }

    private static List<SourceRecord> readAll(GridApiReader reader)
            throws Exception
    {
        reader.open(new ExecutionContext());
        List<SourceRecord> records = new ArrayList<>();
        for (SourceRecord record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        reader.close();
        return records;
    }
}
