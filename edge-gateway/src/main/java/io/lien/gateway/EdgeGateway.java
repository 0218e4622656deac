package io.lien.gateway;

import io.lien.gateway.lan.DeviceAccess;
import io.lien.gateway.lan.StoreBroker;
import io.lien.gateway.mqtt.MessageCallback;
import io.lien.gateway.mqtt.MqttClients;
import io.lien.protocol.RejectReason;
import io.lien.protocol.device.DeviceChannel;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.protocol.uplink.UplinkSignature;
import io.lien.protocol.uplink.UplinkTopics;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.lien.gateway.journal.Journal;
import io.lien.gateway.journal.JournalSync;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One store's gateway: devices' messages in from the store LAN broker, clean events out to the
 * central broker; the registry and display commands in from the central broker, displays out
 * to devices.
 */
public final class EdgeGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EdgeGateway.class);

    private final GatewayConfig config;
    private final GatewayMetrics metrics = new GatewayMetrics();
    private final SignalCleaner cleaner;
    private final SequenceStore sequence;
    private final MqttAsyncClient uplink;
    private MqttAsyncClient lan;
    private StoreBroker storeBroker;
    private final String gatewaySecret = DeviceCredential.newSecret();
    private final DeviceAccess access;
    private final RejectionLog refusalLog = new RejectionLog();
    private final Journal journal;
    private final UplinkForwarder forwarder;
    private final JournalSync journalSync;
    private final DisplayRelay displays = new DisplayRelay(() -> lan);
    private final ServerMessages fromServer;
    private GatewayHealth health;
    private int uplinkAttempts;
    private final Thread forwarderThread;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "gateway-tick"));

    private EdgeGateway(GatewayConfig config) throws Exception {
        this.config = config;
        this.cleaner = new SignalCleaner(StoreRegistry.empty(config.storeId()), config.presence(), config.rateLimit(), metrics);
        this.sequence = new SequenceStore(config.dataDir().resolve("gateway-" + config.gatewayId() + ".seq"));
        // its name as client id too: the central broker admits a gateway only under its own name (decision 0028)
        this.uplink = MqttClients.create(config.uplinkUri(), new GatewayIdentity(config.storeId(), config.gatewayId()).name());
        this.access = new DeviceAccess(StoreRegistry.empty(config.storeId()), gatewaySecret);
        this.journal = new Journal(config.dataDir().resolve("journal-" + config.gatewayId()), config.journal());
        this.forwarder = new UplinkForwarder(uplink, journal, config.storeId(), config.gatewayId(), metrics,
                config.uplinkSecret() == null ? null : UplinkSignature.signingKey(config.uplinkSecret()));
        this.journalSync = new JournalSync(journal, forwarder::wake);
        this.fromServer = new ServerMessages(config.storeId(), cleaner, access,
                new RegistryCache(config.dataDir().resolve("registry-" + config.storeId() + ".json")), displays);
        this.forwarderThread = daemon(forwarder, "gateway-uplink");
    }

    public static EdgeGateway start(GatewayConfig config) throws Exception {
        EdgeGateway gateway = new EdgeGateway(config);
        boolean cached = gateway.fromServer.loadCachedRegistry();
        gateway.connectUplink();
        if (gateway.journal.pending() > 0) {
            LOG.info("Journal holds {} event(s) not yet acknowledged upstream; they are sent first", gateway.journal.pending());
        }
        if (!cached && !gateway.fromServer.awaitRegistry(config.registryWait())) {
            LOG.warn("No device registry for store {} after {}; every device is refused until it arrives",
                    config.storeId(), config.registryWait());
        }
        gateway.forwarderThread.start();
        gateway.startStoreBroker();
        gateway.connectLan();
        gateway.ticker.scheduleAtFixedRate(gateway::tick, 1, 1, TimeUnit.SECONDS);
        if (config.healthPort() >= 0) {
            gateway.health = GatewayHealth.start(config.healthPort(), gateway);
        }
        LOG.info("Gateway {} of store {} running: LAN {} → uplink {}", config.gatewayId(), config.storeId(),
                gateway.lanUri(), config.uplinkUri());
        return gateway;
    }

    public GatewayMetrics metrics() {
        return metrics;
    }

    /** Events accepted from devices but not yet acknowledged by the central broker. */
    public long pendingUplink() {
        return journal.pending();
    }

    public boolean registryLoaded() {
        return !cleaner.registry().hangers().isEmpty() || !cleaner.registry().beaconZones().isEmpty();
    }

    /** The health endpoint's address, or -1 when it is off. */
    public int healthPort() {
        return health == null ? -1 : health.port();
    }

    /** Where the store's devices connect: the gateway's own broker, or the configured one. */
    public String lanUri() {
        return storeBroker != null ? storeBroker.uri() : config.lanUri();
    }

    /** The store broker's TLS listener ({@code ssl://…}), or null when it has none. */
    public String lanTlsUri() {
        return storeBroker != null ? storeBroker.tlsUri() : null;
    }

    GatewayConfig config() {
        return config;
    }

    private void connectUplink() throws MqttException {
        uplink.setCallback(new Callback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                fromServer.accept(topic, message.getPayload());
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                metrics.uplinkConnected(true);
                MqttClients.subscribe(uplink, new MqttSubscription(UplinkTopics.registry(config.storeId()), 1),
                        new MqttSubscription(UplinkTopics.displays(config.storeId()), 1));
            }

            @Override
            public void disconnected(MqttDisconnectResponse response) {
                metrics.uplinkConnected(false);
                LOG.warn("Uplink lost ({}); events wait until it returns", response.getReasonString());
            }
        });
        tryConnectUplink();
    }

    /** Paho reconnects by itself only after a first success; until then, keep trying. */
    private void tryConnectUplink() {
        try {
            MqttConnectionOptions options = MqttClients.persistentSession(config.sessionExpirySeconds());
            if (config.uplinkSecret() != null) {
                options.setUserName(new GatewayIdentity(config.storeId(), config.gatewayId()).name());
                options.setPassword(config.uplinkSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (config.uplinkTrust() != null) {
                options.setSocketFactory(MqttClients.trusting(config.uplinkTrust().path(), config.uplinkTrust().password()));
            }
            IMqttToken connected = uplink.connect(options);
            connected.waitForCompletion(10_000);
            MqttClients.warnIfTopicAliasesOffered(connected, config.uplinkUri());
            uplinkAttempts = 0;
        } catch (MqttException e) {
            // said once, then once a minute: an outage is a state, not a stream of news
            if (uplinkAttempts++ % 30 == 0) {
                LOG.warn("Uplink {} unreachable ({}); events are journalled and sent when it answers",
                        config.uplinkUri(), e.getMessage());
            }
            ticker.schedule(this::tryConnectUplink, 2, TimeUnit.SECONDS);
        }
    }

    private void startStoreBroker() {
        GatewayConfig.LanBroker settings = config.lanBroker();
        if (settings.embedded()) {
            storeBroker = StoreBroker.start(config.dataDir().resolve("store-broker-" + config.gatewayId()),
                    settings.bindAddress(), settings.port(), settings.tls(), access, this::refused, this::onDeviceMessage);
        }
    }

    private void refused(String clientId, RejectReason reason, String detail) {
        metrics.rejected(clientId, reason);
        refusalLog.log(clientId, reason, detail, System.currentTimeMillis());
    }

    private void connectLan() throws MqttException {
        lan = MqttClients.create(lanUri(), "lien-gw-lan-" + config.gatewayId());
        lan.setCallback(new Callback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                // Paho acknowledges when this returns: the events must be on disk by then
                if (cleanAndWrite(topic, message.getPayload())) {
                    journal.force();
                    forwarder.wake();
                }
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                if (storeBroker == null) {
                    subscribeToDevices();
                }
                // displays that came from the server while the store broker was not there yet, or again after a drop
                displays.showAllAgain();
            }
        });
        MqttConnectionOptions options = MqttClients.persistentSession(config.sessionExpirySeconds());
        if (storeBroker != null) {
            options.setUserName(DeviceAccess.GATEWAY_USER);
            options.setPassword(gatewaySecret.getBytes(StandardCharsets.UTF_8));
        }
        lan.connect(options).waitForCompletion(15_000);
    }

    /** On a broker run beside the gateway, device messages come by subscription (acknowledged after journalling). */
    private void subscribeToDevices() {
        MqttSubscription[] subscriptions = new MqttSubscription[DeviceChannel.UPLINK_FILTERS.length];
        for (int i = 0; i < subscriptions.length; i++) {
            subscriptions[i] = new MqttSubscription(DeviceChannel.UPLINK_FILTERS[i], 1);
            // the gateway publishes displays on dev/…/display itself: don't hear our own
            subscriptions[i].setNoLocal(true);
        }
        MqttClients.subscribe(lan, subscriptions);
    }

    /** A device message taken inside the store broker: its PUBACK waits for the journal's next force. */
    private void onDeviceMessage(String topic, byte[] payload, JournalSync.Acknowledgement answer) {
        if (cleanAndWrite(topic, payload)) {
            journalSync.afterForce(answer);
        } else {
            answer.journalled(); // refused or absorbed by cleaning: nothing to keep
        }
    }

    /** Cleans a device message and writes its events to the journal; true when there were any. */
    private boolean cleanAndWrite(String topic, byte[] payload) {
        long now = System.currentTimeMillis();
        synchronized (cleaner) {
            return forward(cleaner.accept(topic, payload, now), now);
        }
    }

    private void tick() {
        try {
            long now = System.currentTimeMillis();
            synchronized (cleaner) {
                if (forward(cleaner.tick(now), now)) {
                    journalSync.forceSoon();
                }
            }
            metrics.sampleRate(now);
        } catch (RuntimeException e) {
            LOG.error("Gateway tick failed", e);
        }
    }

    /**
     * Writes each event to the journal (forced later, in a group, before the device message that
     * caused it is acknowledged); true when anything was written.
     */
    private boolean forward(List<UplinkEvent> events, long now) {
        for (UplinkEvent event : events) {
            UplinkEnvelope envelope = UplinkEnvelope.of(config.storeId(), config.gatewayId(), sequence.next(), now, event);
            Journal.Priority priority = event instanceof UplinkEvent.HangerButtonPressed || event instanceof UplinkEvent.FixtureTapped
                    ? Journal.Priority.SHOPPER_ACTION : Journal.Priority.NORMAL;
            if (journal.write(envelope.seq(), priority, now, envelope.toBytes()) == Journal.Admission.DROPPED_FULL) {
                metrics.journalDroppedFull();
            }
        }
        // a device keeps nothing over a power cycle: show it again what it showed before
        events.stream().filter(e -> e instanceof UplinkEvent.DeviceHealth h && h.state().equals("rebooted"))
                .map(UplinkEvent::deviceId).forEach(displays::showAgain);
        return !events.isEmpty();
    }

    @Override
    public void close() {
        if (health != null) {
            health.stop();
        }
        ticker.shutdownNow();
        if (lan != null) {
            MqttClients.disconnect(lan);
        }
        if (storeBroker != null) {
            storeBroker.close();
        }
        journalSync.close();
        forwarder.stop();
        try {
            forwarderThread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        MqttClients.disconnect(uplink);
        journal.close();
        LOG.info("Gateway {} stopped: {}", config.gatewayId(), metrics.snapshot());
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The gateway's callbacks: MQTT errors are worth a line in the log. */
    private abstract static class Callback extends MessageCallback {
        @Override
        public void mqttErrorOccurred(MqttException exception) {
            LOG.warn("MQTT error: {}", exception.getMessage());
        }
    }
}
