package io.lien.server;

import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.signals.SignalRepository;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server on the local PostgreSQL instead of H2, by configuration only: the same Flyway
 * migrations, the demo store, an event stored once, and everything still there after a restart.
 * Each run has a schema of its own, dropped at the end.
 */
class PostgresIT {

    private static PostgresFixture postgres;

    @BeforeAll
    static void createSchema() {
        postgres = PostgresFixture.create();
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        postgres.close();
    }

    private static ServerFixture server() {
        return ServerFixture.start(postgres.serverProperties());
    }

    @Test
    void theServerRunsOnPostgresAndKeepsWhatItStoredAcrossARestart() throws Exception {
        UplinkEnvelope like = UplinkEnvelope.of("demo", "gw-pg", 1, System.currentTimeMillis(),
                new UplinkEvent.HangerButtonPressed("h-024", "like"));
        try (ServerFixture server = server()) {
            String token = server.token("lea", "lien-demo");
            assertTrue(server.get("/api/stores/demo/live", token).statusCode() == 200);
            MqttClient gateway = server.gatewayClient("demo", "gw-pg");
            gateway.publish(like.topic(), like.toBytes(), 1, false);
            gateway.publish(like.topic(), like.toBytes(), 1, false);
            SignalRepository signals = server.context().getBean(SignalRepository.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> signals.existsByGatewayIdAndSeq("gw-pg", 1));
            gateway.disconnect();
            gateway.close();
        }
        try (ServerFixture again = server()) {
            SignalRepository signals = again.context().getBean(SignalRepository.class);
            assertEquals(1, signals.findAll().stream().filter(s -> s.gatewayId().equals("gw-pg")).count(), "stored once, kept");
            String token = again.token("marc", "lien-demo");
            assertTrue(again.get("/api/stores", null).body().contains("demo"), "the demo store was seeded once and kept");
            assertEquals(200, again.get("/api/stores/demo/live", token).statusCode());
        }
        try (Connection c = postgres.connect();
             Statement s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM store")) {
            rs.next();
            assertEquals(2, rs.getInt(1), "the tables live in PostgreSQL, in this run's schema (the demo's two stores)");
        }
    }
}
