package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.gateway.cleaning.DeviceRateLimiter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Long form of "kill -9 the server under 5,000 signals/s, restart: 0 lost, 0 doubled". The server
 * runs in its own process (embedded broker, H2 file); the demo store's 40 hangers press their
 * buttons at a paced rate through the gateway's store broker; the server is SIGKILLed several
 * times while they press and started again at once; at the end the rows are counted against what
 * the hangers were told was accepted. Run: {@code ./mvnw install -DskipTests -Pbench-kill},
 * optional {@code -Dlien.args="<per second> <seconds> <kills>"} (default 5000 60 3).
 */
public final class ServerKillBenchmark {

    /** The demo store's own gateway: the server runs in another process, and the demo gateway's secret is well known. */
    static final String GATEWAY = io.lien.server.demo.DemoStore.GATEWAY;
    static final String TYPE = "hanger.button";

    private ServerKillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int kills = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int total = perSecond * seconds;
        ServerProcess server = new ServerProcess(Files.createTempDirectory("lien-kill-bench"));
        server.start("server-0.log");
        if (!server.awaitHealthy(Duration.ofSeconds(60))) {
            throw new IllegalStateException("the server did not start; see " + server.dir());
        }
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", GATEWAY, server.brokerUri(), server.dir().resolve("gw"))
                .withEmbeddedLan("127.0.0.1", 0).withRateLimit(new DeviceRateLimiter.Settings(100_000, 100_000))
                .withUplinkSecret(io.lien.protocol.uplink.DeviceCredential.demoSecret(GATEWAY)));
        HangerFleet fleet = new HangerFleet(gateway.lanUri());
        int segment = total / (kills + 1);
        long start = System.nanoTime();
        for (int k = 0; k <= kills; k++) {
            fleet.press(k == kills ? total - segment * kills : segment, perSecond);
            if (k < kills) {
                if (!server.kill()) {
                    throw new IllegalStateException("the server survived SIGKILL for 10 s");
                }
                System.out.printf("kill -9 #%d after %,d presses (%.1f s), gateway journal %,d pending; restarting%n",
                        k + 1, fleet.sent(), (System.nanoTime() - start) / 1e9, gateway.pendingUplink());
                server.start("server-" + (k + 1) + ".log");
            }
        }
        double pressing = (System.nanoTime() - start) / 1e9;
        long lastPress = System.nanoTime();
        awaitDrained(fleet, gateway, server);
        double drain = (System.nanoTime() - lastPress) / 1e9;
        String counters = server.get("/api/ingestion", server.managerToken());
        server.stop();
        gateway.close();
        fleet.close();
        long[] rows = server.storedRows(GATEWAY, TYPE);
        long lost = fleet.acknowledged() - rows[1];
        long doubled = rows[0] - rows[1];
        System.out.println();
        System.out.printf("Server kill -9 under load — %,d presses asked at %,d/s over %d s, %d kills, 40 hangers, 2 cores%n",
                total, perSecond, seconds, kills);
        System.out.printf("devices: %,d sent in %.1f s (%,.0f/s achieved), %,d acknowledged, %,d refused%n",
                fleet.sent(), pressing, fleet.sent() / pressing, fleet.acknowledged(), fleet.failed());
        System.out.printf("after the last press: every event stored in %.1f s (the gateway's backlog)%n", drain);
        System.out.printf("database: %,d rows, %,d distinct seqs -> lost %,d, doubled %,d%n", rows[0], rows[1], lost, doubled);
        System.out.println("server counters after the last restart: " + counters);
        System.out.println("gateway counters: " + gateway.metrics().snapshot());
        System.out.println("data and logs: " + server.dir());
        System.exit(lost == 0 && doubled == 0 && fleet.failed() == 0 ? 0 : 1);
    }

    /** Every press answered, the gateway's journal empty, then the server's counters still for 2 s. */
    private static void awaitDrained(HangerFleet fleet, EdgeGateway gateway, ServerProcess server) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 900_000;
        while (!(fleet.allAnswered() && gateway.pendingUplink() == 0)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("not drained in 15 min: journal " + gateway.pendingUplink() + ", acknowledged "
                        + fleet.acknowledged() + " of " + fleet.sent() + "; see " + server.dir());
            }
            Thread.sleep(100);
        }
        String token = server.managerToken();
        String last = "";
        for (String now = server.get("/api/ingestion", token); !now.equals(last) || !now.contains("stored");
             now = server.get("/api/ingestion", token)) {
            last = now;
            Thread.sleep(2_000);
        }
    }
}
