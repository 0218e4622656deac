package io.lien.launcher;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The same flow on a real Mosquitto (127.0.0.1:1883): the server configured for an external broker. */
class MosquittoEndToEndIT {

    static final String MOSQUITTO = "tcp://127.0.0.1:1883";

    @Test
    void theDemoVisitReachesTheAdvisorsFeedThroughMosquitto() throws Exception {
        Assumptions.assumeTrue(answers("127.0.0.1", 1883),
                "No MQTT broker answers on 127.0.0.1:1883 — start Mosquitto to run this test (skipped, not passed)");
        try (DemoStoreFixture store = new DemoStoreFixture(MOSQUITTO)) {
            StoreFlowScenario.play(store);
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
