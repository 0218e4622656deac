package io.lien.sim.history;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkMessage;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.protocol.uplink.UplinkTopics;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends a generated history through Lien's real ingestion, time compressed: events as the store's
 * gateway forwards them (uplink batches of up to 100, QoS 1, a few in flight) to the central broker,
 * and orders as another channel posts them to the order intake (signed with the source's secret).
 * Sequence numbers continue from {@code firstSeq}, so a second run with a later start is new data
 * and a replay of the same run is recognised as such.
 */
public final class HistoryPublisher implements AutoCloseable {

    private static final int IN_FLIGHT = 8;

    /**
     * Where the order intake is and the secret of each channel's source, named {@code history-<channel>}
     * ({@code lien.order-intake.sources=history-web:web:<secret>,…}); {@code null} sends no orders.
     */
    public record OrderSource(URI intake, java.util.Map<String, String> secretByChannel) {
        public OrderSource {
            secretByChannel = java.util.Map.copyOf(secretByChannel);
        }

        /** The sources setting that declares them on the server. */
        public String setting() {
            return secretByChannel.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> "history-" + e.getKey() + ":" + e.getKey() + ":" + e.getValue())
                    .collect(java.util.stream.Collectors.joining(","));
        }
    }

    private final Mqtt5AsyncClient client;
    private final String storeId;
    private final String gatewayId;
    private final OrderSource orders;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Semaphore window = new Semaphore(IN_FLIGHT);
    private final List<Throwable> failures = new ArrayList<>();
    private long seq;
    private final byte[] signingKey;

    /**
     * Connects to the central broker as the store's gateway {@code gatewayId}, signing in with {@code secret}
     * (its credentials, issued by the server: decision 0028).
     */
    public HistoryPublisher(String host, int port, String storeId, String gatewayId, String secret, long firstSeq, OrderSource orders) {
        this.storeId = storeId;
        this.gatewayId = gatewayId;
        this.seq = firstSeq;
        this.orders = orders;
        this.signingKey = UplinkSignature.signingKey(secret);
        String name = new io.lien.protocol.uplink.GatewayIdentity(storeId, gatewayId).name();
        this.client = MqttClient.builder().useMqttVersion5().identifier(name).serverHost(host).serverPort(port)
                .simpleAuth().username(name).password(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)).applySimpleAuth()
                .buildAsync();
        client.connectWith().cleanStart(true).keepAlive(30).send().orTimeout(15, TimeUnit.SECONDS).join();
    }

    /** Sends a day's events; returns once the broker has acknowledged every message. */
    public void events(List<StoreHistory.Timed> events) {
        List<byte[]> batch = new ArrayList<>();
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (StoreHistory.Timed e : events) {
            batch.add(UplinkEnvelope.of(storeId, gatewayId, seq++, e.ts(), e.event()).toBytes());
            if (batch.size() == UplinkMessage.MAX_EVENTS) {
                sent.add(send(batch));
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            sent.add(send(batch));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        synchronized (failures) {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("the broker refused " + failures.size() + " messages: " + failures.get(0).getMessage());
            }
        }
    }

    private CompletableFuture<?> send(List<byte[]> envelopes) {
        window.acquireUninterruptibly();
        String topic = UplinkTopics.events(storeId, gatewayId);
        byte[] payload = UplinkMessage.of(storeId, gatewayId, envelopes);
        // signed as a gateway signs, so that a server behind an external broker believes it (decision 0028)
        return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload)
                .userProperties().add(UplinkSignature.PROPERTY, UplinkSignature.sign(signingKey, topic, payload)).applyUserProperties()
                .send()
                .whenComplete((ack, error) -> {
                    window.release();
                    if (error != null) {
                        synchronized (failures) {
                            failures.add(error);
                        }
                    }
                });
    }

    /** Posts orders placed before {@code now} to the order intake; returns how many were taken (a replay is no error). */
    public int orders(List<StoreHistory.Order> placed, long now) throws java.io.IOException, InterruptedException {
        if (orders == null) {
            return 0;
        }
        int taken = 0;
        for (StoreHistory.Order o : placed) {
            String secret = orders.secretByChannel().get(o.channel());
            if (o.placedAt() > now || secret == null) {
                continue;
            }
            byte[] body = json(o).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(orders.intake()).header("Content-Type", "application/json")
                    .header("X-Lien-Source", "history-" + o.channel()).header("X-Lien-Signature", "sha256=" + sign(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("the order intake refused " + o.orderId() + ": " + answer.statusCode() + " " + answer.body());
            }
            taken++;
        }
        return taken;
    }

    /** An order as the intake reads it (docs/order-intake.md); the channel is the source's. */
    private static String json(StoreHistory.Order o) {
        HistoryPlan.Garment g = o.garment();
        return "{\"orderId\":\"" + o.orderId() + "\",\"clientId\":\"" + o.clientId() + "\",\"placedAt\":\"" + Instant.ofEpochMilli(o.placedAt())
                + "\",\"lines\":[{\"productId\":\"" + g.productId() + "\",\"size\":\"" + g.size() + "\",\"quantity\":1,\"amountCents\":"
                + g.priceCents() + ",\"title\":\"" + g.title().replace("\"", "'") + "\"}]}";
    }

    private static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public long nextSeq() {
        return seq;
    }

    @Override
    public void close() {
        client.disconnect().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
    }
}
