package io.lien.broker;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pins a HiveMQ CE behaviour Lien's throughput depends on (docs/benchmarks.md, P1): an inbound
 * publish interceptor that answers asynchronously gets a client's next PUBLISH only once it has
 * answered the previous one. So holding a gateway's PUBACK until the database commit (ADR 10)
 * means one commit per event for that gateway, however many it has in flight. If this test ever
 * fails, HiveMQ has started to overlap them, and batching per gateway comes for free.
 */
class InterceptorOrderingTest {

    @Test
    void aClientsPublishesReachAnAsyncInterceptorOneAtATime(@TempDir Path dir) throws Exception {
        ScheduledExecutorService later = Executors.newScheduledThreadPool(4);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        EmbeddedMqttBroker broker = EmbeddedMqttBroker.start(dir, "127.0.0.1", 0, answeringAfter(Duration.ofMillis(20), later, inside, mostInside));
        MqttAsyncClient gateway = new MqttAsyncClient(broker.uri(), "gw-ordering", new MemoryPersistence());
        try {
            gateway.connect().waitForCompletion(10_000);
            int publishes = 30;
            CountDownLatch answered = new CountDownLatch(publishes);
            for (int i = 0; i < publishes; i++) {
                gateway.publish("lien/v1/stores/s/gateways/gw-ordering/events", new byte[] {1}, 1, false, null, new MqttActionListener() {
                    @Override
                    public void onSuccess(IMqttToken token) {
                        answered.countDown();
                    }

                    @Override
                    public void onFailure(IMqttToken token, Throwable error) {
                        answered.countDown();
                    }
                });
            }
            assertTrue(answered.await(30, TimeUnit.SECONDS), "every publish answered");
            assertEquals(1, mostInside.get(), "publishes of one client overlapping in the interceptor");
        } finally {
            gateway.disconnect().waitForCompletion(10_000);
            gateway.close();
            broker.close();
            later.shutdownNow();
        }
    }

    private static EmbeddedExtension answeringAfter(Duration delay, ScheduledExecutorService later, AtomicInteger inside,
                                                    AtomicInteger mostInside) {
        return EmbeddedExtension.builder().withId("ordering").withName("ordering").withVersion("1")
                .withPriority(1000).withStartPriority(1000)
                .withExtensionMain(new ExtensionMain() {
                    @Override
                    public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
                        Services.initializerRegistry().setClientInitializer((client, context) ->
                                context.addPublishInboundInterceptor((input, output) -> {
                                    Async<PublishInboundOutput> async = output.async(Duration.ofSeconds(10), TimeoutFallback.FAILURE);
                                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                    later.schedule(() -> {
                                        inside.decrementAndGet();
                                        output.preventPublishDelivery();
                                        async.resume();
                                    }, delay.toMillis(), TimeUnit.MILLISECONDS);
                                }));
                    }

                    @Override
                    public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
                    }
                }).build();
    }
}
