package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.MomentStream;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A failed write must not leave the live state ahead of the database. */
class SignalIngestionTest {

    private final SignalWriter writer = mock(SignalWriter.class);
    private final DeviceRegistry registry = mock(DeviceRegistry.class);
    private final LiveStateReplay replay = mock(LiveStateReplay.class);
    private final LiveStore live = mock(LiveStore.class);
    private final SignalIngestion ingestion = new SignalIngestion(writer, mock(DeadLetterRepository.class), registry,
            mock(MomentStream.class), new IngestionCounters(), replay, live);

    private static SignalIngestion.Incoming lift(long seq) {
        UplinkEnvelope e = UplinkEnvelope.of("demo", "gw-1", seq, 1_000, new UplinkEvent.HangerLifted("h-003", 80));
        return new SignalIngestion.Incoming(e.topic(), e.toBytes());
    }

    @Test
    void aFailedBatchMarksTheLiveStateStaleAndTheNextBatchRebuildsItFirst() {
        when(registry.store("demo")).thenReturn(Optional.of(new Store("demo", "Demo", "Paris", "Europe/Paris")));
        when(writer.writeAll(any(), any(), anyLong())).thenThrow(new IllegalStateException("database gone"))
                .thenReturn(List.of(new IngestOutcome.Stored(1, List.of())));
        assertThrows(IllegalStateException.class, () -> ingestion.ingestAll(List.of(lift(1))));
        ingestion.ingestAll(List.of(lift(1)));
        var order = inOrder(replay, writer, live);
        order.verify(replay).rebuildIfStale(anyLong());
        order.verify(writer).writeAll(any(), any(), anyLong());
        order.verify(live).markStale();
        order.verify(replay).rebuildIfStale(anyLong());
        order.verify(writer).writeAll(any(), any(), anyLong());
    }
}
