package io.lien.server.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Rules(5, 30, Duration.ofSeconds(2),
            Duration.ofMinutes(15), Duration.ofMinutes(15)));

    @Test
    void fiveWrongPasswordsAreFreeAndTheSixthLocksForTwoSeconds() {
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of(), throttle.failed("marc", "10.0.0.1", 1_000 + i));
        }
        List<SignInThrottle.Lock> locks = throttle.failed("marc", "10.0.0.1", 2_000);
        assertEquals(List.of(new SignInThrottle.Lock("account", "marc", 6, 4_000)), locks);
        assertEquals(Duration.ofSeconds(2), throttle.lockedFor("marc", "10.0.0.2", 2_000).orElseThrow());
        assertTrue(throttle.lockedFor("marc", null, 4_000).isEmpty(), "over once the time is up");
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCeiling() {
        assertEquals(2_000, throttle.lockMillis(1));
        assertEquals(4_000, throttle.lockMillis(2));
        assertEquals(512_000, throttle.lockMillis(9));
        assertEquals(900_000, throttle.lockMillis(10));
        assertEquals(900_000, throttle.lockMillis(1_000));
    }

    @Test
    void aNameIsLockedWhetherOrNotItHasAnAccountAndWhateverItsCase() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("Nobody@Example.org", null, 1_000);
        }
        assertTrue(throttle.lockedFor("nobody@example.org", null, 1_500).isPresent());
    }

    @Test
    void anAddressTryingManyNamesIsLockedToo() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("name-" + i, "10.0.0.9", 1_000);
        }
        List<SignInThrottle.Lock> locks = throttle.failed("name-30", "10.0.0.9", 1_000);
        assertEquals("address", locks.get(0).kind());
        assertTrue(throttle.lockedFor("someone-else", "10.0.0.9", 1_000).isPresent());
        assertTrue(throttle.lockedFor("someone-else", "10.0.0.10", 1_000).isEmpty());
    }

    @Test
    void aSuccessClearsTheAccountAndAQuietSpellForgetsIt() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("lea", null, 1_000);
        }
        throttle.succeeded("lea");
        assertEquals(List.of(), throttle.failed("lea", null, 1_001), "counting starts again");
        for (int i = 0; i < 4; i++) {
            throttle.failed("lea", null, 1_002);
        }
        assertEquals(List.of(), throttle.failed("lea", null, 1_002 + Duration.ofMinutes(16).toMillis()), "forgotten after 15 min");
    }
}
