package io.lien.protocol.uplink;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a store broker keeps of a device's password: a salted SHA-256, never the secret itself.
 * Device secrets are issued by Lien as 128 random bits, so a single salted hash resists guessing
 * as well as a slow password hash would while keeping a mass reconnect of 3,000 hangers cheap
 * (decision 0008). Text form: {@code s1:<salt>:<hash>}, both base64url.
 */
public record DeviceCredential(String text) {

    private static final String SCHEME = "s1";
    private static final SecureRandom RANDOM = new SecureRandom();

    public DeviceCredential {
        String[] parts = text == null ? new String[0] : text.split(":", -1);
        if (parts.length != 3 || !parts[0].equals(SCHEME) || decodedLength(parts[1]) != 16 || decodedLength(parts[2]) != 32) {
            throw new IllegalArgumentException("a device credential reads s1:<16-byte salt>:<32-byte hash>");
        }
    }

    /** A new random secret to give to a device once (22 characters, 128 bits). */
    public static String newSecret() {
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /**
     * The well-known secret of a device of the demo store and of the simulator's generated
     * stores (docs/operations.md). Anyone can read it here: never issue it in a real store.
     */
    public static String demoSecret(String deviceId) {
        return "lien-demo-" + deviceId;
    }

    public static DeviceCredential of(String secret) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return new DeviceCredential(SCHEME + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(hash(salt, secret.getBytes(StandardCharsets.UTF_8))));
    }

    /** Compares in constant time, so the answer's timing tells nothing about the secret. */
    public boolean matches(byte[] password) {
        String[] parts = text.split(":");
        Base64.Decoder b64 = Base64.getUrlDecoder();
        return MessageDigest.isEqual(b64.decode(parts[2]), hash(b64.decode(parts[1]), password));
    }

    private static byte[] hash(byte[] salt, byte[] secret) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(secret);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static int decodedLength(String b64) {
        try {
            return Base64.getUrlDecoder().decode(b64).length;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    @Override
    public String toString() {
        return "DeviceCredential[s1:…]";
    }
}
