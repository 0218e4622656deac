package io.lien.server.mqtt;

import io.lien.server.settings.MqttSettings;
import io.lien.server.settings.LienSettings;
import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.async.TimeoutFallback;
import com.hivemq.extension.sdk.api.auth.PublishAuthorizer;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.SubscriptionAuthorizer;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.PublishAuthorizerOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerInput;
import com.hivemq.extension.sdk.api.auth.parameter.SubscriptionAuthorizerOutput;
import com.hivemq.extension.sdk.api.packets.subscribe.SubackReasonCode;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundInput;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.packets.general.Qos;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import io.lien.broker.EmbeddedMqttBroker;
import io.lien.protocol.uplink.UplinkTopics;
import io.micrometer.core.instrument.MeterRegistry;
import io.lien.protocol.uplink.UplinkMessage;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The central broker inside the server process by default (decision 0002). Binds to 127.0.0.1
 * only. It keeps its sessions in memory (decision 0015): nothing Lien needs waits in it over a
 * restart, and opening its file stores cost a second of every start.
 * <p>
 * Store events are taken inside the broker ({@link #takeEventsWith}), in batches: a gateway's
 * PUBACK comes only once the event's batch is committed (or the event dead-lettered), and a
 * failure to store answers "unspecified error" so the gateway keeps it and sends it again. Nothing waits in the broker's queues, which
 * did not survive a {@code kill -9} (ServerKillIT lost 5 of 6,000 with a plain subscription and
 * almost all with a shared one after the restart). Until {@link #open()} only the server's own
 * client may connect: gateways are told "server unavailable" and keep their events journalled.
 * <p>
 * Who may connect and what they may publish or subscribe to is {@link CentralBrokerAccess}'s to say
 * (decision 0028): each store gateway with its own credentials, on its own branch of topics. Every
 * refusal is counted ({@code lien.mqtt.refused}, by reason) and answered with MQTT 5's "not authorised".
 */
@Context
@Requires(property = "lien.mqtt.embedded", notEquals = "false")
public class EmbeddedBroker implements AutoCloseable {

    /** Stores store events; returns once they are committed, throws when they could not be. */
    public interface EventIntake {
        void takeAll(List<String> topics, List<byte[]> payloads) throws Exception;
    }

    /**
     * Above the largest uplink message ({@link UplinkMessage#MAX_BYTES}), so a slightly larger one is
     * still dead-lettered with its reason; a packet past this closes the sender's connection
     * instead of filling the server's memory (HiveMQ's default is 256 MiB).
     */
    static final int MAX_PACKET_BYTES = 1 << 20;

    private final CompletableFuture<EmbeddedMqttBroker> starting;
    private final MeterRegistry meters;
    private volatile boolean open;
    private volatile EventBatcher batcher;
    /** Until the server says who gateways are ({@link #admitWith}), only its own identity is let in. */
    private volatile CentralBrokerAccess access;
    /** Each connected client's login, for the authorizers (kept by client id: a gateway's is its name). */
    private final Map<String, CentralBrokerAccess.Login> logins = new ConcurrentHashMap<>();
    /** The server's own downlink connection signs in with this; made at each start, it never leaves the process. */
    private final byte[] processSecret = io.lien.protocol.uplink.DeviceCredential.newSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8);

    EmbeddedBroker(MqttSettings mqtt, LienSettings lien, MeterRegistry meters) {
        this.meters = meters;
        for (String reason : new String[]{"anonymous", "not-a-gateway", "bad-credentials", "wrong-client-id", "publish-not-allowed",
                "subscribe-not-allowed"}) {
            meters.counter("lien.mqtt.refused", "reason", reason); // at zero from the start, for dashboards
        }
        this.access = new CentralBrokerAccess(mqtt.clientId(), mqtt.username(), mqtt.password(), processSecret, (gateway, password) -> false);
        // created with the context (@Context), the broker starts on its own thread while the
        // database is opened and migrated: start-up is the longer of the two, not their sum
        EmbeddedExtension gate = gate();
        // plain text only on the loopback address; gateways on other machines use the TLS listener when there is one
        EmbeddedMqttBroker.Tls tls = mqtt.embeddedTlsPort() < 0 ? null : new EmbeddedMqttBroker.Tls(mqtt.embeddedTlsBind(),
                mqtt.embeddedTlsPort(), Path.of(mqtt.tlsKeyStore()), mqtt.tlsKeyStorePassword() == null ? "" : mqtt.tlsKeyStorePassword());
        this.starting = CompletableFuture.supplyAsync(() -> EmbeddedMqttBroker.start(Path.of(lien.dataDir()).resolve("broker"),
                "127.0.0.1", mqtt.embeddedPort(), gate, MAX_PACKET_BYTES,
                EmbeddedMqttBroker.Persistence.of(mqtt.embeddedPersistence()), tls), task -> new Thread(task, "embedded-broker-start").start());
    }

    /** The started broker; waits for the start (and fails as it failed). */
    private EmbeddedMqttBroker broker() {
        return starting.join();
    }

    /** From now on, store events are handed to {@code intake} before they are acknowledged. */
    public void takeEventsWith(EventIntake eventIntake) {
        this.batcher = new EventBatcher(eventIntake::takeAll);
    }

    /** From now on, gateways are checked by their credentials (their topics by the rules of CentralBrokerAccess). */
    public void admitWith(MqttSettings mqtt, CentralBrokerAccess.GatewayLogins gateways) {
        this.access = new CentralBrokerAccess(mqtt.clientId(), mqtt.username(), mqtt.password(), processSecret, gateways);
    }

    /** What the server's own downlink connection signs in with (Downlink). */
    byte[] processSecret() {
        return processSecret.clone();
    }

    /** Lets gateways in: the server is ready to store what they send. */
    public void open() {
        open = true;
    }

    /** Closes a client's connection and drops its session: it must sign in again (its credentials changed). */
    public void disconnect(String clientId) {
        logins.remove(clientId);
        if (starting.isDone() && !starting.isCompletedExceptionally()) {
            // waited for: a gateway that connects right after its new secret was issued must not be cut off by it
            try {
                Services.clientService().invalidateSession(clientId).get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // a client never seen has no session: nothing to drop
            }
        }
    }

    /** How many refusals of each reason since start (the metrics say the same). */
    public double refusals(String reason) {
        var counter = meters.find("lien.mqtt.refused").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    private void refuse(String reason) {
        meters.counter("lien.mqtt.refused", "reason", reason).increment();
    }

    private void onInboundPublish(PublishInboundInput input, PublishInboundOutput output) {
        String topic = input.getPublishPacket().getTopic();
        CentralBrokerAccess.Login login = loginOf(input.getClientInformation().getClientId());
        // checked here, before the publish authorizer (which would also close the connection): a gateway publishing
        // off its own branch gets "not authorised" in its PUBACK, is counted, and nothing reaches the ingestion
        if (!login.mayPublish(topic)) {
            refuse("publish-not-allowed");
            output.preventPublishDelivery(AckReasonCode.NOT_AUTHORIZED, "not allowed to publish on this topic");
            return;
        }
        EventBatcher current = batcher;
        if (current == null || !(login instanceof CentralBrokerAccess.Gateway) || !topic.endsWith("/events")) {
            return;
        }
        byte[] payload = input.getPublishPacket().getPayload().map(EmbeddedBroker::bytes).orElse(new byte[0]);
        // the PUBACK waits until the batch holding this event has committed (EventBatcher)
        Async<PublishInboundOutput> async = output.async(Duration.ofSeconds(30), TimeoutFallback.FAILURE,
                AckReasonCode.UNSPECIFIED_ERROR, "not stored in time");
        current.add(new EventBatcher.Pending(topic, payload, output, async));
    }

    /** Publishes from inside the broker at QoS 1, without waiting (a retained empty payload removes the topic's message). */
    public CompletableFuture<Void> publish(String topic, byte[] payload, boolean retain) {
        broker();
        return retain && payload.length == 0 ? Services.retainedMessageStore().remove(topic)
                : Services.publishService().publish(Builders.publish().topic(topic).payload(ByteBuffer.wrap(payload))
                .qos(Qos.AT_LEAST_ONCE).retain(retain).build());
    }

    public String uri() {
        return broker().uri();
    }

    /** The TLS listener ({@code ssl://…}), or {@code null} when there is none. */
    public String tlsUri() {
        return broker().tlsUri();
    }

    public int port() {
        return broker().port();
    }

    private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
        String clientId = input.getClientInformation().getClientId();
        CentralBrokerAccess.Login login = access.login(clientId, input.getConnectPacket().getUserName(),
                input.getConnectPacket().getPassword().map(EmbeddedBroker::bytes));
        if (login instanceof CentralBrokerAccess.Refused refused) {
            refuse(refused.reason());
            output.failAuthentication(ConnackReasonCode.NOT_AUTHORIZED, "not authorised");
        } else if (!open && !(login instanceof CentralBrokerAccess.Server)) {
            output.failAuthentication(ConnackReasonCode.SERVER_UNAVAILABLE, "Lien is starting; try again in a moment");
        } else {
            logins.put(clientId, login);
            output.authenticateSuccessfully();
        }
    }

    private void authorizePublish(PublishAuthorizerInput input, PublishAuthorizerOutput output) {
        String topic = input.getPublishPacket().getTopic();
        if (loginOf(input.getClientInformation().getClientId()).mayPublish(topic)) {
            output.authorizeSuccessfully();
        } else {
            refuse("publish-not-allowed");
            output.failAuthorization(AckReasonCode.NOT_AUTHORIZED, "not allowed to publish on this topic");
        }
    }

    private void authorizeSubscribe(SubscriptionAuthorizerInput input, SubscriptionAuthorizerOutput output) {
        String filter = input.getSubscription().getTopicFilter();
        if (loginOf(input.getClientInformation().getClientId()).maySubscribe(filter)) {
            output.authorizeSuccessfully();
        } else {
            refuse("subscribe-not-allowed");
            output.failAuthorization(SubackReasonCode.NOT_AUTHORIZED, "not allowed to subscribe to this filter");
        }
    }

    private CentralBrokerAccess.Login loginOf(String clientId) {
        return logins.getOrDefault(clientId, new CentralBrokerAccess.Refused("unknown"));
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] bytes = new byte[b.remaining()];
        b.duplicate().get(bytes);
        return bytes;
    }

    private EmbeddedExtension gate() {
        SimpleAuthenticator authenticator = this::authenticate;
        Authorizers authorizers = new Authorizers();
        return EmbeddedExtension.builder().withId("lien-central-access").withName("Lien central broker access").withVersion("2")
                .withPriority(1000).withStartPriority(1000)
                .withExtensionMain(new ExtensionMain() {
                    @Override
                    public void extensionStart(ExtensionStartInput in, ExtensionStartOutput out) {
                        Services.securityRegistry().setAuthenticatorProvider(i -> authenticator);
                        Services.securityRegistry().setAuthorizerProvider(i -> authorizers);
                        Services.initializerRegistry().setClientInitializer((i, context) ->
                                context.addPublishInboundInterceptor(EmbeddedBroker.this::onInboundPublish));
                    }

                    @Override
                    public void extensionStop(ExtensionStopInput in, ExtensionStopOutput out) {
                    }
                }).build();
    }

    /** HiveMQ asks one object for both kinds of authorisation. */
    private final class Authorizers implements PublishAuthorizer, SubscriptionAuthorizer {
        @Override
        public void authorizePublish(PublishAuthorizerInput input, PublishAuthorizerOutput output) {
            EmbeddedBroker.this.authorizePublish(input, output);
        }

        @Override
        public void authorizeSubscribe(SubscriptionAuthorizerInput input, SubscriptionAuthorizerOutput output) {
            EmbeddedBroker.this.authorizeSubscribe(input, output);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        starting.thenAccept(EmbeddedMqttBroker::close).exceptionally(e -> null).join();
        if (batcher != null) {
            batcher.close();
        }
    }
}
