package io.lien.protocol;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hostile inputs for the property tests, shared by device payloads, uplink envelopes and REST bodies: JSON
 * that is almost right (the fields a message has, with wrong types, out-of-range numbers, huge or strange
 * strings, deep nesting, duplicated keys), JSON that is cut short, and bytes that are not UTF-8 at all.
 */
public final class HostileInputs {

    /** Field names Lien's messages and bodies use: a hostile input that names them gets past the first check. */
    public static final List<String> FIELDS = List.of("boot", "seq", "ts", "state", "battery", "button", "enter", "leave", "txPower",
            "beacons", "id", "rssi", "action", "hangerId", "size", "v", "store", "gateway", "type", "data", "events", "deviceId",
            "kind", "zoneId", "x", "y", "names", "shape", "outline", "hangers", "productId", "sizes", "colour", "username", "password",
            "name", "role", "email", "items", "quantity", "lines", "note", "text", "channel", "consents", "tags", "secret");

    private static final List<String> STRANGE = List.of("", " ", "null", "-1", "1e309", "NaN", "Infinity", "0x10", "'; DROP TABLE client; --",
            "<script>alert(1)</script>", "../../etc/passwd", "\u0000", "\u202Eevil", "\uD83D\uDE00", "\\ud800", "%00", "${jndi:ldap://x}",
            "h-001\nh-002", "lifted", "like", "hanger.lifted", "demo", "a".repeat(33), "é".repeat(200), "x".repeat(10_000));

    private HostileInputs() {
    }

    /** A JSON value of any kind, hostile more often than not. */
    public static Arbitrary<String> value(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                Arbitraries.of(STRANGE).map(HostileInputs::quoted),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.doubles().map(d -> Double.isFinite(d) ? String.valueOf(d) : "1e999"),
                Arbitraries.of("true", "false", "null", "-0", "1e400", "99999999999999999999999", "-2147483649", "0.000001"),
                Arbitraries.strings().ofMaxLength(40).map(HostileInputs::quoted));
        if (depth <= 0) {
            return leaf;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(6).map(l -> "[" + String.join(",", l) + "]");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, leaf),
                net.jqwik.api.Tuple.of(3, object(depth - 1)),
                net.jqwik.api.Tuple.of(2, array));
    }

    /** A JSON object whose keys are mostly the fields Lien reads. */
    public static Arbitrary<String> object(int depth) {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(12));
        Arbitrary<String> entry = Combinators.combine(key, value(depth)).as((k, v) -> quoted(k) + ":" + v);
        return entry.list().ofMaxSize(10).map(l -> "{" + String.join(",", l) + "}");
    }

    /** Any of: an object, a value, something nested very deep, a cut-short text, plain garbage. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, object(1)),
                net.jqwik.api.Tuple.of(2, object(2)),
                net.jqwik.api.Tuple.of(2, value(1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(50, 3_000).map(n -> "[".repeat(n) + "]".repeat(n))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(50, 3_000).map(n -> "{\"a\":".repeat(n) + "1" + "}".repeat(n))),
                net.jqwik.api.Tuple.of(2, object(1).map(s -> s.substring(0, s.length() / 2))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    /** Bytes: mostly hostile JSON in UTF-8, sometimes bytes that are not UTF-8 at all, sometimes too many. */
    public static Arbitrary<byte[]> bytes() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, text().map(s -> s.getBytes(StandardCharsets.UTF_8))),
                net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(300)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1_000, 120_000).map(n -> new byte[n])));
    }

    static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
