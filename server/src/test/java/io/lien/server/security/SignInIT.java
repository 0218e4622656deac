package io.lien.server.security;

import io.lien.server.ServerFixture;
import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in on a real server: the time of an answer does not tell which names exist, an old hash
 * is upgraded on the way in, and a token reaches its own store and kind of route only.
 */
class SignInIT {

    private static final int SAMPLES = 12;
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        // timing samples are wrong passwords by the dozen: the throttle (SignInThrottlingIT) is given room here
        server = ServerFixture.start(java.util.Map.of("lien.sign-in.free-failures", 100, "lien.sign-in.address-free-failures", 10_000));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anUnknownStaffNameTakesAsLongAsAWrongPassword() {
        assertIndistinguishable("nobody-" + System.nanoTime(), "lea");
    }

    @Test
    void anUnknownShopperAddressTakesAsLongAsAWrongPassword() {
        assertIndistinguishable("nobody." + System.nanoTime() + "@example.org", "camille.laurent@example.org");
    }

    @Test
    void anOldHashSignsInAndIsReplacedByACurrentOne() {
        AdvisorRepository advisors = server.context().getBean(AdvisorRepository.class);
        Advisor lea = advisors.findById("lea").orElseThrow();
        advisors.update(new Advisor(lea.username(), lea.displayName(), PasswordHasher.hash("lien-demo", 120_000), lea.role(), lea.storeId()));

        server.token("lea", "lien-demo");

        String upgraded = advisors.findById("lea").orElseThrow().passwordHash();
        assertEquals(PasswordHasher.ITERATIONS, PasswordHasher.iterationsOf(upgraded));
        assertTrue(PasswordHasher.matches("lien-demo", upgraded));
        server.token("lea", "lien-demo");
    }

    @Test
    void aTokenReachesItsOwnStoreAndKindOfRouteOnly() {
        String lea = server.token("lea", "lien-demo");
        String camille = server.token("camille.laurent@example.org", "lien-demo");
        assertEquals(200, server.get("/api/stores/demo/live", lea).statusCode());
        HttpResponse<String> otherStore = server.get("/api/stores/demo-lyon/live", lea);
        assertEquals(403, otherStore.statusCode());
        assertTrue(otherStore.body().contains("not demo-lyon"), otherStore.body());
        assertEquals(403, server.get("/api/stores/demo/live", camille).statusCode(), "a shopper on a store route");
        assertEquals(403, server.get("/api/me", camille).statusCode(), "a shopper on a staff route");
        assertEquals(403, server.get("/api/shopper/me", lea).statusCode(), "staff on a shopper's route");
        assertEquals(401, server.get("/api/stores/demo/live", null).statusCode(), "no token");
        assertEquals(200, server.get("/api/stores", null).statusCode(), "anonymous routes stay open");
    }

    @Test
    void wrongAndHostileCredentialsAreRefusedWithoutAnError() {
        for (String body : List.of("{\"username\":\"lea\",\"password\":\"wrong\"}",
                "{\"username\":\"" + "x".repeat(5000) + "\",\"password\":\"x\"}",
                "{\"username\":\"lea\",\"password\":\"" + "p".repeat(5000) + "\"}",
                "{\"username\":\"\",\"password\":\"\"}")) {
            int status = server.post("/login", null, body).statusCode();
            assertTrue(status == 401 || status == 400, body.length() + " chars: " + status);
        }
    }

    /** Interleaved sign-ins, then a Mann–Whitney U test: the two sets of times must not differ. */
    private static void assertIndistinguishable(String unknown, String known) {
        signIn(unknown);
        signIn(known); // warm both paths
        long[] unknownNanos = new long[SAMPLES];
        long[] wrongNanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            unknownNanos[i] = signIn(unknown);
            wrongNanos[i] = signIn(known);
        }
        double z = mannWhitneyZ(unknownNanos, wrongNanos);
        double ratio = (double) median(unknownNanos) / median(wrongNanos);
        String figures = "unknown " + Arrays.toString(millis(unknownNanos)) + " ms, wrong password "
                + Arrays.toString(millis(wrongNanos)) + " ms, z = " + z + ", median ratio " + ratio;
        // |z| ≥ 3 is p < 0.003; a name check without a hash gives |z| = 4.2 here (every unknown faster)
        assertTrue(Math.abs(z) < 3.0, figures);
        assertTrue(ratio > 0.75 && ratio < 1.33, figures);
    }

    private static long signIn(String user) {
        long start = System.nanoTime();
        HttpResponse<String> r = server.post("/login", null, "{\"username\":\"" + user + "\",\"password\":\"not-the-password\"}");
        long took = System.nanoTime() - start;
        assertEquals(401, r.statusCode(), r.body());
        return took;
    }

    static double mannWhitneyZ(long[] a, long[] b) {
        double u = 0;
        for (long x : a) {
            for (long y : b) {
                u += x < y ? 1 : x == y ? 0.5 : 0;
            }
        }
        double n1 = a.length;
        double n2 = b.length;
        return (u - n1 * n2 / 2) / Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] millis(long[] nanos) {
        List<Long> out = new ArrayList<>();
        for (long n : nanos) {
            out.add(n / 1_000_000);
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }
}
