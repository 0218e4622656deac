package io.lien.server.security;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * PBKDF2-HMAC-SHA256 hashes in the form {@code pbkdf2$iterations$salt$hash}, at OWASP's current
 * count for that function (600,000 iterations, Password Storage Cheat Sheet, 2023). A hash made
 * with fewer is still accepted, costs the same to check as a current one (so its age tells nothing),
 * and {@link #needsUpgrade} says to replace it at the next sign-in. JDK only, no dependency:
 * decision 0019 says why not Argon2.
 */
public final class PasswordHasher {

    /** OWASP Password Storage Cheat Sheet: PBKDF2-HMAC-SHA256, 600,000 iterations. */
    public static final int ITERATIONS = 600_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KIND = "pbkdf2";
    /** What a check for nobody is made against: the same work as a real check, then always false. */
    private static final String NOBODY = hash("a password nobody has: " + RANDOM.nextLong());

    private PasswordHasher() {
    }

    public static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return KIND + "$" + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(password, salt, ITERATIONS));
    }

    /**
     * Whether {@code password} is the one {@code stored} was made from. It costs the work of a current
     * hash whatever {@code stored} is — absent (an unknown name), malformed or old — so that the time
     * of an answer tells nothing about which names exist.
     */
    public static boolean matches(String password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null || password == null) {
            matches("", NOBODY);
            return false;
        }
        boolean same = MessageDigest.isEqual(parsed.hash, derive(password, parsed.salt, parsed.iterations));
        if (parsed.iterations < ITERATIONS) {
            derive(password, parsed.salt, ITERATIONS - parsed.iterations); // pad to a current check's cost
        }
        return same;
    }

    /** Does the work of a check and answers false: for a name nobody has. */
    public static boolean matchesNobody(String password) {
        matches(password == null ? "" : password, NOBODY);
        return false;
    }

    /** True when {@code stored} was made with fewer iterations than today's count (or is not ours). */
    public static boolean needsUpgrade(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < ITERATIONS;
    }

    /** The iteration count a stored hash was made with, 0 when it is not one of ours. */
    public static int iterationsOf(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null ? 0 : parsed.iterations;
    }

    /** A hash with {@code iterations} — for tests and migrations that need an old-style one. */
    static String hash(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return KIND + "$" + iterations + "$" + b64(salt) + "$" + b64(derive(password, salt, iterations));
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$");
            if (parts.length != 4 || !parts[0].equals(KIND)) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                if (iterations < 1 || iterations > 10 * ITERATIONS) {
                    return null;
                }
                return new Parsed(iterations, Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 unavailable", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
