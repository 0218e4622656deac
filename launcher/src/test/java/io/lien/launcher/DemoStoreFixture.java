package io.lien.launcher;

import io.lien.app.api.Dtos;
import io.lien.app.api.HttpLienApi;
import io.lien.app.api.LienApi;
import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.server.setup.application.GatewayEnrolment;
import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.sim.MqttDeviceLink;
import io.lien.sim.Simulator;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A whole store for end-to-end tests: server, gateway and (once started) the simulator, with an
 * advisor signed in through the app's own API client and the live feed recorded.
 */
final class DemoStoreFixture implements AutoCloseable {

    final String storeId;
    final ApplicationContext server;
    final EdgeGateway gateway;
    final String brokerUri;
    final HttpLienApi api;
    final List<Dtos.Moment> moments = new CopyOnWriteArrayList<>();
    /** The same feed on a second tablet whose advisor reads French. */
    final List<Dtos.Moment> frenchMoments = new CopyOnWriteArrayList<>();
    private final LienApi.MomentSubscription feed;
    private final LienApi.MomentSubscription frenchFeed;
    private final Path dataDir;
    private Simulator simulator;

    /** @param externalBroker null for the embedded broker, else e.g. tcp://127.0.0.1:1883 */
    DemoStoreFixture(String externalBroker) throws Exception {
        String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        storeId = externalBroker == null ? "demo" : "it-" + run;
        dataDir = Files.createTempDirectory("lien-e2e");
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", dataDir.toString());
        props.put("micronaut.server.port", -1);
        props.put("lien.demo.store-id", storeId);
        props.put("lien.mqtt.client-id", "lien-server-" + run);
        // the local Mosquitto is shared: a group of our own, and sessions that don't outlive the test
        props.put("lien.mqtt.share-group", "lien-it-" + run);
        props.put("lien.mqtt.session-expiry-seconds", 60);
        if (externalBroker == null) {
            props.put("lien.mqtt.embedded-port", 0);
        } else {
            props.put("lien.mqtt.embedded", false);
            props.put("lien.mqtt.uri", externalBroker);
        }
        server = Application.start(props);
        brokerUri = server.getBean(BrokerAddress.class).uri();
        GatewayConfig gatewayConfig = GatewayConfig.of(storeId, "gw-" + run, brokerUri, dataDir.resolve("gateway")).withSessionExpiry(60)
                .withUplinkSecret(server.getBean(GatewayEnrolment.class).issueFor("test", storeId, "gw-" + run));
        // with the embedded broker, the whole product as shipped: devices on the gateway's own store broker;
        // with Mosquitto, the other supported set-up: devices on a broker run beside the gateway
        gateway = EdgeGateway.start(externalBroker == null ? gatewayConfig.withEmbeddedLan("127.0.0.1", 0) : gatewayConfig);
        api = new HttpLienApi(URI.create("http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort()));
        api.signIn("lea", "lien-demo");
        feed = api.moments(storeId, moments::add, state -> { });
        HttpLienApi french = new HttpLienApi(URI.create("http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort()),
                java.util.Locale.FRENCH);
        french.signIn("lea", "lien-demo");
        frenchFeed = french.moments(storeId, frenchMoments::add, state -> { });
    }

    void startSimulator(double speed) {
        simulator = new Simulator(new MqttDeviceLink(gateway.lanUri()), storeId, 42, speed, false).start();
    }

    Simulator simulator() {
        return simulator;
    }

    boolean anyMoment(String fragment) {
        return moments.stream().anyMatch(m -> m.text().contains(fragment));
    }

    Dtos.Moment moment(String fragment) {
        return moments.stream().filter(m -> m.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no moment with '" + fragment + "' in " + moments));
    }

    @Override
    public void close() {
        feed.close();
        frenchFeed.close();
        if (simulator != null) {
            simulator.close();
        }
        gateway.close();
        if (!storeId.equals("demo")) {
            // a shared broker keeps retained messages: leave nothing of this run behind
            try {
                server.getBean(io.lien.server.registry.RegistryPublisher.class).withdraw(storeId);
                server.getBean(io.lien.server.displays.application.DisplayRedraws.class).withdraw(storeId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        server.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
