package io.lien.server.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password hashes: today's count, old ones upgraded, nothing thrown by what a database may hold. */
class PasswordHasherTest {

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = PasswordHasher.hash("lien-demo");
        assertTrue(PasswordHasher.matches("lien-demo", hash));
        assertFalse(PasswordHasher.matches("lien-demO", hash));
        assertFalse(PasswordHasher.matches(null, hash));
        assertFalse(PasswordHasher.matches("lien-demo", "garbage"));
    }

    @Test
    void aNewHashUsesOwaspsCurrentIterationCountAndNeedsNoUpgrade() {
        String hash = PasswordHasher.hash("lien-demo");
        assertEquals(600_000, PasswordHasher.iterationsOf(hash));
        assertFalse(PasswordHasher.needsUpgrade(hash));
    }

    @Test
    void anOldHashStillSignsInAndAsksToBeUpgraded() {
        String old = PasswordHasher.hash("lien-demo", 120_000);
        assertTrue(PasswordHasher.matches("lien-demo", old));
        assertFalse(PasswordHasher.matches("lien-demO", old));
        assertTrue(PasswordHasher.needsUpgrade(old));
    }

    @Test
    void malformedOrHostileHashesMatchNothingAndThrowNothing() {
        for (String stored : new String[] {null, "", "pbkdf2", "pbkdf2$x$y$z", "pbkdf2$600000$%%%$%%%",
                "pbkdf2$999999999$AAAA$AAAA", "pbkdf2$-1$AAAA$AAAA", "bcrypt$10$AAAA$AAAA"}) {
            assertFalse(PasswordHasher.matches("lien-demo", stored), String.valueOf(stored));
            assertTrue(PasswordHasher.needsUpgrade(stored), String.valueOf(stored));
        }
        assertFalse(PasswordHasher.matchesNobody("lien-demo"));
        assertFalse(PasswordHasher.matchesNobody(null));
    }

    @Test
    void signInChecksPasswordsOnTheBlockingExecutorNotTheEventLoop() {
        assertEquals(io.micronaut.scheduling.TaskExecutors.BLOCKING, new PasswordSignIn<>(null).getExecutorName());
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHasher.hash("x"), PasswordHasher.hash("x"));
    }
}
