package io.lien.protocol.json;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    @Test
    void readsWhatItWrites() {
        Map<String, Object> doc = Map.of("s", "é \"q\" \\ \n\u0001", "n", new BigDecimal("-12.5e3"), "b", true,
                "l", List.of(new BigDecimal("1"), "x"));
        assertEquals(doc, Json.parse(JsonWriter.write(doc)));
    }

    @Test
    void refusesTrailingGarbageAndBadEscapes() {
        assertThrows(JsonException.class, () -> Json.parse("{} x"));
        assertThrows(JsonException.class, () -> Json.parse("\"\\x\""));
        assertThrows(JsonException.class, () -> Json.parse("\"\\u12\""));
        assertThrows(JsonException.class, () -> Json.parse("01a"));
        assertThrows(JsonException.class, () -> Json.parse("-"));
        assertThrows(JsonException.class, () -> Json.parse("tru"));
    }

    @Test
    void refusesDeepNestingWithoutOverflowingTheStack() {
        assertThrows(JsonException.class, () -> Json.parse("[".repeat(100_000)));
    }
}
