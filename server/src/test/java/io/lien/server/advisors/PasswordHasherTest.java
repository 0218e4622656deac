package io.lien.server.advisors;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHasher.hash("x"), PasswordHasher.hash("x"));
    }
}
