package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.bench.HangerFleet;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;
import io.lien.server.Application;
import io.lien.server.mqtt.BrokerAddress;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "PostgreSQL mode: database unreachable for 60 s: 0 lost, backlog cleared within 60 s after."
 * The server runs on the local PostgreSQL through a relay the test cuts for 60 s while the demo's
 * hangers keep pressing through the gateway; the backlog (what was pressed while it was away) must
 * be stored within 60 s of the database answering again, and in the end every acknowledged press
 * once, including those pressed after it came back.
 */
class PostgresOutageIT {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String SCHEMA = "lien_outage_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    static final int BEFORE = 1_000;
    static final int DURING = 1_000;
    static final int AFTER = 1_000;

    @BeforeAll
    static void createSchema() {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + SCHEMA);
        } catch (SQLException e) {
            Assumptions.abort("No PostgreSQL answers on 127.0.0.1:5432 (" + e.getMessage() + ") — skipped, not passed");
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    @Test
    void aDatabaseAwayForAMinuteLosesNothingAndTheBacklogClearsWithinAMinute() throws Exception {
        Path dir = Files.createTempDirectory("lien-pg-outage");
        try (TcpProxy database = new TcpProxy("127.0.0.1", 5432)) {
            ApplicationContext server = Application.start(serverProperties(dir, database.port()));
            EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-pg-outage", server.getBean(BrokerAddress.class).uri(),
                    dir.resolve("gw")).withEmbeddedLan("127.0.0.1", 0).withRateLimit(new DeviceRateLimiter.Settings(10_000, 10_000))
                    .withUplinkSecret(CentralSignIn.secret(server, "demo", "gw-pg-outage")));
            try (HangerFleet fleet = new HangerFleet(gateway.lanUri())) {
                fleet.press(BEFORE);
                await().atMost(Duration.ofSeconds(60)).until(() -> stored() == BEFORE);

                database.cut();
                long cutAt = System.nanoTime();
                fleet.press(DURING); // journalled by the gateway; the server answers "not stored" until the database is back
                await().atMost(Duration.ofSeconds(70)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> System.nanoTime() - cutAt >= 60_000_000_000L);
                database.restore();
                long back = System.nanoTime();
                // how the backlog drains, every 5 s, in the test's output
                ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
                progress.scheduleAtFixedRate(() -> System.out.printf("%.0f s after: %d stored, %d pending in the journal%n",
                        (System.nanoTime() - back) / 1e9, storedOrMinusOne(), gateway.pendingUplink()), 0, 5, TimeUnit.SECONDS);
                fleet.press(AFTER);
                double cleared;
                try {
                    // the backlog: what the gateway journalled while the database was away (sent in order,
                    // before the traffic that goes on meanwhile)
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                            .until(() -> stored() >= BEFORE + DURING);
                    cleared = (System.nanoTime() - back) / 1e9;
                    await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                            .until(() -> stored() == BEFORE + DURING + AFTER && gateway.pendingUplink() == 0);
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    throw new AssertionError(stored() + " stored, journal pending " + gateway.pendingUplink() + ", gateway "
                            + gateway.metrics().snapshot(), e);
                } finally {
                    progress.shutdownNow();
                }
                System.out.printf("backlog cleared %.1f s after the database answered again; all stored %.1f s after%n",
                        cleared, (System.nanoTime() - back) / 1e9);
                assertEquals(0, fleet.failed(), "every press acknowledged to its hanger");
                assertTrue(fleet.allAnswered());
                assertEquals(BEFORE + DURING + AFTER, distinctStored(), "none stored twice");
            } finally {
                gateway.close();
                server.close();
            }
        }
    }

    private static Map<String, Object> serverProperties(Path dir, int databasePort) {
        Map<String, Object> props = new HashMap<>();
        props.put("lien.data-dir", dir.resolve("server").toString());
        props.put("micronaut.server.port", -1);
        props.put("lien.mqtt.embedded-port", 0);
        props.put("datasources.default.url", "jdbc:postgresql://127.0.0.1:" + databasePort + "/test?currentSchema=" + SCHEMA);
        props.put("datasources.default.driver-class-name", "org.postgresql.Driver");
        props.put("datasources.default.username", "postgres");
        props.put("datasources.default.password", "");
        props.put("datasources.default.dialect", "POSTGRES");
        props.put("datasources.default.connection-timeout", 2_000);
        return props;
    }

    private static long stored() throws SQLException {
        return count("SELECT count(*) FROM " + SCHEMA + ".signal WHERE gateway_id = 'gw-pg-outage'");
    }

    private static long storedOrMinusOne() {
        try {
            return stored();
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long distinctStored() throws SQLException {
        return count("SELECT count(DISTINCT seq) FROM " + SCHEMA + ".signal WHERE gateway_id = 'gw-pg-outage'");
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
