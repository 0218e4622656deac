package io.lien.server;

import io.lien.server.settings.DemoSettings;
import io.lien.server.settings.MqttSettings;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.demo.DemoStore;
import io.lien.server.mqtt.EmbeddedBroker;
import io.lien.server.mqtt.MqttConnection;
import io.lien.server.displays.application.DisplayRedraws;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.GatewayLogins;
import io.lien.server.registry.RegistryPublisher;
import io.lien.server.registry.Store;
import io.lien.server.signals.LiveStateReplay;
import io.lien.server.signals.SignalIngestion;
import io.lien.server.setup.application.FirstAdministrator;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;


/**
 * The order things must happen in at start, written once: data (demo seed), the registry in
 * memory, the registry published to gateways, then — only then — consumption of store events.
 */
@Singleton
class LienStartup {

    private static final Logger LOG = LoggerFactory.getLogger(LienStartup.class);

    private final DemoStore demo;
    private final DeviceRegistry registry;
    private final MqttConnection mqtt;
    private final RegistryPublisher publisher;
    private final SignalIngestion ingestion;
    private final LiveStateReplay liveReplay;
    private final Optional<EmbeddedBroker> embeddedBroker;
    private final boolean demoEnabled;
    private final String demoStoreId;
    private final String shareGroup;
    private final boolean sharedSubscription;
    private final DisplayRedraws displays;
    private final io.lien.server.mqtt.Downlink downlink;
    private final FirstAdministrator firstAdministrator;
    private final GatewayLogins gatewayLogins;
    private final MqttSettings mqttSettings;

    LienStartup(DemoStore demo, DeviceRegistry registry, MqttConnection mqtt, RegistryPublisher publisher, SignalIngestion ingestion,
                LiveStateReplay liveReplay, Optional<EmbeddedBroker> embeddedBroker,
                DemoSettings demoSettings, MqttSettings mqttSettings, DisplayRedraws displays, io.lien.server.mqtt.Downlink downlink,
                FirstAdministrator firstAdministrator, GatewayLogins gatewayLogins) {
        this.firstAdministrator = firstAdministrator;
        this.gatewayLogins = gatewayLogins;
        this.mqttSettings = mqttSettings;
        this.downlink = downlink;
        this.displays = displays;
        this.sharedSubscription = mqttSettings.sharedSubscription();
        this.demo = demo;
        this.registry = registry;
        this.mqtt = mqtt;
        this.publisher = publisher;
        this.ingestion = ingestion;
        this.liveReplay = liveReplay;
        this.embeddedBroker = embeddedBroker;
        this.demoEnabled = demoSettings.enabled();
        this.demoStoreId = demoSettings.storeId();
        this.shareGroup = mqttSettings.shareGroup();
    }

    @EventListener
    void onStartup(StartupEvent event) throws MqttException, IOException {
        if (embeddedBroker.isPresent()) {
            startWithEmbeddedBroker(embeddedBroker.get());
        } else {
            startWithExternalBroker();
        }
        // gateways have their registries: every hanger and mirror is drawn once, then on every change
        displays.start();
        LOG.info("Consuming store events of {} store(s)", registry.stores().size());
    }

    /** The registry and events go through the broker's own API: no client connection to wait for. */
    private void startWithEmbeddedBroker(EmbeddedBroker broker) throws IOException {
        prepareData();
        publishRegistries();
        // in-process: events are stored inside the broker, before the gateway's PUBACK (EmbeddedBroker)
        broker.takeEventsWith((topics, payloads) -> ingestion.ingestAll(
                java.util.stream.IntStream.range(0, topics.size())
                        .mapToObj(i -> new SignalIngestion.Incoming(topics.get(i), payloads.get(i))).toList()));
        // each gateway with its own credentials, on its own topics (decision 0028)
        broker.admitWith(mqttSettings, gatewayLogins);
        broker.open();
        // from now on registries and displays go on the server's own connection (not the extension's services)
        downlink.start();
    }

    private void startWithExternalBroker() throws MqttException, IOException {
        // Paho takes ~0.4 s to connect, mostly asleep (it polls its threads' start every 100 ms):
        // connect meanwhile. What a persistent session delivers at once waits, unacknowledged,
        // until the handler is set below (MqttConnection).
        CompletableFuture<Void> connecting = CompletableFuture.runAsync(this::connect, task -> new Thread(task, "mqtt-connect").start());
        prepareData();
        mqtt.handleWith(ingestion::ingestSigned);
        try {
            connecting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof MqttException cause) {
                throw cause;
            }
            throw e;
        }
        publishRegistries();
        // several server instances of one deployment split the store events between them; one
        // instance alone may subscribe plainly (lien.mqtt.shared-subscription=false), which
        // Mosquitto's persistence keeps over a broker restart (docs/operations.md)
        mqtt.subscribe(sharedSubscription ? "$share/" + shareGroup + "/" + UplinkTopics.ALL_EVENTS_FILTER
                : UplinkTopics.ALL_EVENTS_FILTER, 1);
    }

    private void prepareData() {
        if (demoEnabled) {
            demo.seedIfEmpty(demoStoreId);
            demo.ensureGateway(demoStoreId);
        }
        firstAdministrator.ensure();
        registry.reload();
        gatewayLogins.reload();
        // before consuming: a restarted server shows the same store it showed before
        liveReplay.replay(System.currentTimeMillis());
    }

    private void publishRegistries() throws IOException {
        for (Store store : registry.stores()) {
            publisher.publish(store.id());
        }
    }

    private void connect() {
        try {
            mqtt.connect();
        } catch (MqttException e) {
            throw new CompletionException(e);
        }
    }
}
