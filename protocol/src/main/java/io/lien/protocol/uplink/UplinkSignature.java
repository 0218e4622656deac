package io.lien.protocol.uplink;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * A gateway's signature on each uplink message (decision 0028), so that the server can tell its gateways' messages
 * from anyone else's even when the broker in between lets too much through (an external broker with a wrong ACL).
 * The signature is HMAC-SHA256 over the topic and the payload, sent as the MQTT 5 user property {@value #PROPERTY}
 * with the value {@code v1=<base64url>}. Its key is derived from the gateway's broker secret, one way: the server
 * keeps the signing key (it cannot sign in to the broker with it), the gateway derives it from the secret it
 * already holds, and rotating the secret rotates the key.
 */
public final class UplinkSignature {

    /** The MQTT 5 user property that carries the signature. */
    public static final String PROPERTY = "lien-sig";
    private static final String VERSION = "v1=";
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] KEY_LABEL = "lien uplink signing key v1".getBytes(StandardCharsets.US_ASCII);
    /** Longer than any signature this class writes: what is longer is refused before any work. */
    private static final int MAX_LENGTH = 64;

    private UplinkSignature() {
    }

    /** The signing key of a gateway whose broker secret is {@code secret}. */
    public static byte[] signingKey(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs the gateway's secret");
        }
        return hmac(secret.getBytes(StandardCharsets.UTF_8), KEY_LABEL, new byte[0]);
    }

    /** The value of {@value #PROPERTY} for a message. */
    public static String sign(byte[] key, String topic, byte[] payload) {
        return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, topic.getBytes(StandardCharsets.UTF_8), payload));
    }

    /**
     * Why a message's signature does not prove it came from the holder of {@code key}; empty when it does. Constant
     * time in the signature's content; never throws, whatever the property holds.
     */
    public static Optional<String> refusal(byte[] key, String topic, byte[] payload, String signature) {
        if (signature == null || signature.isEmpty()) {
            return Optional.of("unsigned");
        }
        if (signature.length() > MAX_LENGTH || !signature.startsWith(VERSION)) {
            return Optional.of("signature in an unknown form");
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature.substring(VERSION.length()));
        } catch (IllegalArgumentException e) {
            return Optional.of("signature in an unknown form");
        }
        byte[] expected = hmac(key, topic.getBytes(StandardCharsets.UTF_8), payload);
        return MessageDigest.isEqual(expected, given) ? Optional.empty() : Optional.of("signature does not match");
    }

    /** The signing key as text, for storage. */
    public static String keyText(byte[] key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** A stored signing key. */
    public static byte[] keyOf(String text) {
        return Base64.getUrlDecoder().decode(text);
    }

    private static byte[] hmac(byte[] key, byte[] first, byte[] second) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            mac.update(first);
            mac.update((byte) '\n');
            mac.update(second);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
