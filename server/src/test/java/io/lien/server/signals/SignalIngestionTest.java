package io.lien.server.signals;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.server.live.LiveSnapshots;
import io.lien.server.live.LiveStore;
import io.lien.server.moments.MomentStream;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.server.registry.GatewayLogins;
import io.lien.server.settings.MqttSettings;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.inOrder;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A failed write must not leave the live state ahead of the database; a batch is refused event by event. */
class SignalIngestionTest {

    private final SignalWriter writer = mock(SignalWriter.class);
    private final DeviceRegistry registry = mock(DeviceRegistry.class);
    private final LiveStateReplay replay = mock(LiveStateReplay.class);
    private final LiveStore live = mock(LiveStore.class);
    private final LiveSnapshots snapshots = mock(LiveSnapshots.class);
    private final MomentStream stream = appendingStream();
    private final GatewayLogins gateways = mock(GatewayLogins.class);
    private final SignalIngestion ingestion = new SignalIngestion(writer, registry,
            stream, new IngestionCounters(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()), replay, live, snapshots,
            io.micronaut.context.event.ApplicationEventPublisher.noOp(), new UplinkAuthenticity(gateways, new MqttSettings(false, 0,
            "in-memory", "tcp://127.0.0.1:1883", "lien-server", 86_400, false, "lien-server", "lien-server", null, -1, "0.0.0.0", null,
            null, true)));

    /** A stream that runs what is appended under its lock (the lock itself is not this test's concern). */
    @SuppressWarnings("unchecked")
    private static MomentStream appendingStream() {
        MomentStream stream = mock(MomentStream.class);
        when(stream.appending(any())).thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
        return stream;
    }

    private static SignalIngestion.Incoming lift(long seq) {
        UplinkEnvelope e = UplinkEnvelope.of("demo", "gw-1", seq, 1_000, new UplinkEvent.HangerLifted("h-003", 80));
        return new SignalIngestion.Incoming(e.topic(), e.toBytes());
    }

    @Test
    void aMessageFromAnExternalBrokerIsStoredOnlyWithItsGatewaysSignatureElseDeadLetteredAsSpoofed() {
        byte[] key = UplinkSignature.signingKey("gw-1's secret");
        when(gateways.signingKey(new GatewayIdentity("demo", "gw-1"))).thenReturn(Optional.of(key));
        when(registry.store("demo")).thenReturn(Optional.of(new Store("demo", "Demo", "Paris", "Europe/Paris", "fr")));
        when(writer.writeAll(any(), any(), any(), anyLong())).thenAnswer(call -> ((List<?>) call.getArgument(0)).stream()
                .map(e -> (IngestOutcome) new IngestOutcome.Stored(1, List.of())).toList());
        SignalIngestion.Incoming m = lift(1);
        String good = UplinkSignature.sign(key, m.topic(), m.payload());
        String otherKeys = UplinkSignature.sign(UplinkSignature.signingKey("a stranger's"), m.topic(), m.payload());

        assertTrue(ingestion.ingestSigned(m.topic(), m.payload(), good).get(0) instanceof IngestOutcome.Stored);
        for (String bad : java.util.Arrays.asList(null, "", otherKeys, "v1=forged", "v9=" + good.substring(3))) {
            IngestOutcome refused = ingestion.ingestSigned(m.topic(), m.payload(), bad).get(0);
            assertTrue(refused instanceof IngestOutcome.DeadLettered d && d.reason().equals("spoofed"), bad + " → " + refused);
        }
        // a gateway without live credentials (never issued, revoked) has no key: nothing of it is believed
        UplinkEnvelope stranger = UplinkEnvelope.of("demo", "gw-2", 1, 1_000, new UplinkEvent.HangerLifted("h-003", 80));
        IngestOutcome refused = ingestion.ingestSigned(stranger.topic(), stranger.toBytes(), good).get(0);
        assertTrue(refused instanceof IngestOutcome.DeadLettered d && d.detail().contains("no signing key"), refused.toString());
        // what the embedded broker vouched for needs no signature
        assertTrue(ingestion.ingestAll(List.of(lift(2))).get(0) instanceof IngestOutcome.Stored);
    }

    @Test
    void aFailedBatchMarksTheLiveStateStaleAndTheNextBatchRebuildsItFirst() {
        when(registry.store("demo")).thenReturn(Optional.of(new Store("demo", "Demo", "Paris", "Europe/Paris", "fr")));
        when(writer.writeAll(any(), any(), any(), anyLong())).thenThrow(new IllegalStateException("database gone"))
                .thenReturn(List.of(new IngestOutcome.Stored(1, List.of())));
        assertThrows(IllegalStateException.class, () -> ingestion.ingestAll(List.of(lift(1))));
        ingestion.ingestAll(List.of(lift(1)));
        var order = inOrder(replay, writer, live);
        order.verify(replay).rebuildIfStale(anyLong());
        order.verify(writer).writeAll(any(), any(), any(), anyLong());
        order.verify(live).markStale();
        order.verify(replay).rebuildIfStale(anyLong());
        order.verify(writer).writeAll(any(), any(), any(), anyLong());
    }

    @Test
    void aCommittedBatchOffersTheSnapshotsItsLastStoredSignalAndAFailedOneOffersNothing() {
        when(registry.store("demo")).thenReturn(Optional.of(new Store("demo", "Demo", "Paris", "Europe/Paris", "fr")));
        when(writer.writeAll(any(), any(), any(), anyLong())).thenThrow(new IllegalStateException("database gone"))
                .thenReturn(List.of(new IngestOutcome.Stored(9, List.of()), new IngestOutcome.Duplicate("gw-1", 2),
                        new IngestOutcome.Stored(7, List.of())));
        assertThrows(IllegalStateException.class, () -> ingestion.ingestAll(List.of(lift(1))));
        verify(snapshots, never()).afterCommit(anyLong(), anyLong());
        ingestion.ingestAll(List.of(lift(1), lift(2), lift(3)));
        verify(snapshots).afterCommit(eq(9L), anyLong());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBatchsRefusedEventIsDeadLetteredInTheSameWriteAsTheOthersAndTheOutcomesKeepTheirOrder() {
        when(registry.store("demo")).thenReturn(Optional.of(new Store("demo", "Demo", "Paris", "Europe/Paris", "fr")));
        when(writer.writeAll(any(), any(), any(), anyLong())).thenAnswer(call -> {
            List<?> envelopes = call.getArgument(0);
            return envelopes.stream().map(e -> (IngestOutcome) new IngestOutcome.Stored(1, List.of())).toList();
        });
        String badJson = new String(lift(2).payload(), StandardCharsets.UTF_8).replace("hanger.lifted", "hanger.exploded");
        byte[] batch = UplinkMessage.of("demo", "gw-1",
                List.of(lift(1).payload(), badJson.getBytes(StandardCharsets.UTF_8), lift(3).payload()));
        List<IngestOutcome> outcomes = ingestion.ingestAll(List.of(new SignalIngestion.Incoming(lift(1).topic(), batch)));
        assertEquals(3, outcomes.size());
        assertInstanceOf(IngestOutcome.Stored.class, outcomes.get(0));
        assertEquals("bad-value",
                assertInstanceOf(IngestOutcome.DeadLettered.class, outcomes.get(1)).reason());
        assertInstanceOf(IngestOutcome.Stored.class, outcomes.get(2));
        ArgumentCaptor<List<DeadLetter>> letters = ArgumentCaptor.forClass(List.class);
        verify(writer).writeAll(argThat(l -> l.size() == 2), any(), letters.capture(), anyLong());
        assertEquals(1, letters.getValue().size());
    }
}
