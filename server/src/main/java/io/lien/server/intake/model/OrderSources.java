package io.lien.server.intake.model;

import io.lien.server.security.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources allowed to post orders, each with its channel and its secret
 * ({@code lien.order-intake.sources}: {@code name:channel:secret,…}). A body is theirs when its
 * HMAC-SHA256 with their secret matches the signature it came with (compared in constant time).
 */
public final class OrderSources {

    public static final List<String> CHANNELS = List.of("store", "web", "app", "phone");

    public record Source(String name, String channel, byte[] secret) {
    }

    private final Map<String, Source> sources;

    private OrderSources(Map<String, Source> sources) {
        this.sources = sources;
    }

    /** @throws IllegalArgumentException with what is wrong (the settings check refuses it at start first) */
    public static OrderSources parse(String text) {
        Map<String, Source> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new OrderSources(out);
        }
        for (String entry : text.split(",")) {
            String[] parts = entry.strip().split(":", 3);
            if (parts.length != 3 || !parts[0].matches("[a-z0-9-]{1,32}") || !CHANNELS.contains(parts[1]) || parts[2].length() < 16) {
                throw new IllegalArgumentException("'" + (parts.length > 1 ? parts[0] + ":" + parts[1] + ":…" : "…")
                        + "' is not name:channel:secret (a name of a-z0-9-, a channel of " + CHANNELS + ", a secret of 16 characters or more)");
            }
            out.put(parts[0], new Source(parts[0], parts[1], parts[2].getBytes(StandardCharsets.UTF_8)));
        }
        return new OrderSources(out);
    }

    /** The source, when {@code signature} ({@code sha256=<hex>}) is its HMAC of {@code body}. */
    public Optional<Source> verify(String name, String signature, byte[] body) {
        Source source = name == null ? null : sources.get(name);
        if (source == null || signature == null || !signature.startsWith("sha256=")) {
            return Optional.empty();
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(signature.substring(7));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(Digests.hmacSha256(source.secret(), body), given) ? Optional.of(source) : Optional.empty();
    }

    /** Shopify's way: {@code X-Shopify-Hmac-Sha256} is the base64 HMAC of the body with the app's secret. */
    public static boolean shopifySigned(String secret, String signature, byte[] body) {
        if (secret == null || secret.isBlank() || signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(signature.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(Digests.hmacSha256(secret.getBytes(StandardCharsets.UTF_8), body), given);
    }
}
