package io.lien.server.registry.model;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A password as Mosquitto 2's password file keeps it ({@code mosquitto_passwd}'s default):
 * {@code $7$<iterations>$<base64 salt>$<base64 PBKDF2-HMAC-SHA512>}, 12 bytes of salt, a 64-byte
 * hash. Lien writes these lines itself so that a gateway's secret, shown once, never has to be typed
 * into {@code mosquitto_passwd} (MosquittoConfigIT proves a real Mosquitto accepts them).
 */
public record MosquittoPasswordHash(String text) {

    /** mosquitto_passwd's default; the secrets are 128 random bits, so more rounds would add nothing. */
    static final int ITERATIONS = 101;
    private static final SecureRandom RANDOM = new SecureRandom();

    public MosquittoPasswordHash {
        if (text == null || !text.matches("\\$7\\$\\d{1,7}\\$[A-Za-z0-9+/=]{16}\\$[A-Za-z0-9+/=]{88}")) {
            throw new IllegalArgumentException("a Mosquitto password hash reads $7$<iterations>$<salt>$<hash>");
        }
    }

    public static MosquittoPasswordHash of(String password) {
        byte[] salt = new byte[12];
        RANDOM.nextBytes(salt);
        return of(password, salt, ITERATIONS);
    }

    static MosquittoPasswordHash of(String password, byte[] salt, int iterations) {
        Base64.Encoder b64 = Base64.getEncoder();
        return new MosquittoPasswordHash("$7$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(pbkdf2(password, salt, iterations)));
    }

    /** Whether {@code password} is the one hashed (used by tests and by an operator checking a file). */
    public boolean matches(String password) {
        String[] parts = text.split("\\$");
        byte[] salt = Base64.getDecoder().decode(parts[3]);
        return java.security.MessageDigest.isEqual(Base64.getDecoder().decode(parts[4]),
                pbkdf2(password, salt, Integer.parseInt(parts[2])));
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 512);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA512", e);
        }
    }

    @Override
    public String toString() {
        return "MosquittoPasswordHash[$7$…]";
    }
}
