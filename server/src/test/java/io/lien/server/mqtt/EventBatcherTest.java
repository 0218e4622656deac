package io.lien.server.mqtt;

import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

class EventBatcherTest {

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    @SuppressWarnings("unchecked")
    private EventBatcher.Pending pending(String topic, PublishInboundOutput output, Async<PublishInboundOutput> async) {
        return new EventBatcher.Pending(topic, topic.getBytes(StandardCharsets.UTF_8), output, async);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachEventIsAcknowledgedOnlyAfterItsBatchIsStored() {
        try (EventBatcher batcher = new EventBatcher((topics, payloads) -> batches.add(List.copyOf(topics)))) {
            PublishInboundOutput output = mock(PublishInboundOutput.class);
            Async<PublishInboundOutput> async = mock(Async.class);
            batcher.add(pending("a", output, async));
            verify(async, timeout(5_000)).resume();
            verify(output).preventPublishDelivery();
            assertEquals(List.of(List.of("a")), batches);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingEventHoldsBackNoOtherOfItsBatchAndIsRefusedSoTheGatewayRetries() {
        EventBatcher.Intake intake = (topics, payloads) -> {
            if (topics.contains("bad")) {
                throw new IllegalStateException("database says no");
            }
            batches.add(List.copyOf(topics));
        };
        PublishInboundOutput good = mock(PublishInboundOutput.class);
        PublishInboundOutput bad = mock(PublishInboundOutput.class);
        Async<PublishInboundOutput> goodAsync = mock(Async.class);
        Async<PublishInboundOutput> badAsync = mock(Async.class);
        // queued before the batcher starts, so they land in one batch
        EventBatcher batcher = new EventBatcher((topics, payloads) -> {
            await().atMost(Duration.ofSeconds(1)).pollDelay(Duration.ofMillis(100)).until(() -> true);
            intake.takeAll(topics, payloads);
        });
        try (batcher) {
            batcher.add(pending("warm-up", mock(PublishInboundOutput.class), mock(Async.class)));
            batcher.add(pending("good", good, goodAsync));
            batcher.add(pending("bad", bad, badAsync));
            verify(badAsync, timeout(5_000)).resume();
            verify(goodAsync, timeout(5_000)).resume();
            verify(good).preventPublishDelivery();
            verify(bad).preventPublishDelivery(eq(AckReasonCode.UNSPECIFIED_ERROR), anyString());
            verify(bad, never()).preventPublishDelivery();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUnreachableDatabaseRefusesTheWholeBatchAtOnceInsteadOfTryingEachEvent() {
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        EventBatcher batcher = new EventBatcher((topics, payloads) -> {
            await().atMost(Duration.ofSeconds(1)).pollDelay(Duration.ofMillis(100)).until(() -> true);
            attempts.add(topics.size());
            throw new IllegalStateException("no connection",
                    new java.sql.SQLTransientConnectionException("Connection is not available, request timed out", "08001"));
        });
        PublishInboundOutput first = mock(PublishInboundOutput.class);
        PublishInboundOutput second = mock(PublishInboundOutput.class);
        Async<PublishInboundOutput> firstAsync = mock(Async.class);
        Async<PublishInboundOutput> secondAsync = mock(Async.class);
        try (batcher) {
            batcher.add(pending("warm-up", mock(PublishInboundOutput.class), mock(Async.class)));
            batcher.add(pending("first", first, firstAsync));
            batcher.add(pending("second", second, secondAsync));
            verify(secondAsync, timeout(5_000)).resume();
            verify(firstAsync, timeout(5_000)).resume();
            verify(first).preventPublishDelivery(eq(AckReasonCode.UNSPECIFIED_ERROR), anyString());
            verify(second).preventPublishDelivery(eq(AckReasonCode.UNSPECIFIED_ERROR), anyString());
            assertEquals(3, attempts.stream().mapToInt(Integer::intValue).sum(),
                    "each event tried once, in its batch, not again on its own: " + attempts);
        }
    }

    @Test
    void aConnectionFailureIsToldFromABadEvent() {
        assertEquals(true, EventBatcher.databaseUnreachable(new RuntimeException(new java.sql.SQLException("gone", "08006"))));
        assertEquals(true, EventBatcher.databaseUnreachable(new RuntimeException(new java.net.ConnectException("refused"))));
        assertEquals(false, EventBatcher.databaseUnreachable(new RuntimeException(new java.sql.SQLException("too long", "22001"))));
        assertEquals(false, EventBatcher.databaseUnreachable(new IllegalStateException("database says no")));
    }
}
