package io.lien.server.imports.application;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.lien.server.imports.model.CatalogueRows;
import io.lien.server.imports.model.ImportedVariant;
import io.lien.server.imports.model.Parsed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lien's catalogue JSON, read as a stream (a file of any size, one product in memory at a time):
 * {@code {"products": [{"id", "category", "collection", "price", "image", "names": {"en": …}, "variants":
 * [{"size", "colour", "sku"}]}]}} or the bare array. Each variant comes out as one row, numbered by the
 * line its product starts on; a product that breaks a rule refuses each of its variants with the reason.
 */
final class CatalogueJsonReader implements AutoCloseable {

    static final int MAX_VARIANTS = 1_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(64 * 1024).build()).build();

    /** A variant read, or refused, and the line its product starts on. */
    record Row(long line, Parsed<ImportedVariant> parsed) {
    }

    private final JsonParser parser;
    private final List<Row> pending = new ArrayList<>();
    private boolean started;

    CatalogueJsonReader(Reader in) throws IOException {
        this.parser = FACTORY.createParser(in);
    }

    /** The next variant, or {@code null} at the end; an {@link IllegalArgumentException} when the JSON is broken. */
    Row next() throws IOException {
        try {
            if (!pending.isEmpty()) {
                return pending.remove(0);
            }
            if (!started) {
                start();
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException(where() + "each product is an object");
            }
            long line = parser.currentLocation().getLineNr();
            pending.addAll(product(line, readObject()));
            return pending.isEmpty() ? next() : pending.remove(0);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("the JSON is broken at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }

    private void start() throws IOException {
        started = true;
        JsonToken first = parser.nextToken();
        if (first == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("products") && value == JsonToken.START_ARRAY) {
                    return;
                }
                parser.skipChildren();
            }
            throw new IllegalArgumentException("the JSON has no \"products\" list (docs/import.md)");
        }
        if (first != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("the JSON is neither {\"products\": […]} nor a list of products (docs/import.md)");
        }
    }

    private String where() {
        return "line " + parser.currentLocation().getLineNr() + ": ";
    }

    /** The object the parser is in, as maps, lists and plain values. */
    private Map<String, Object> readObject() throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, value());
        }
        return object;
    }

    private Object value() throws IOException {
        JsonToken t = parser.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return readObject();
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (list.size() >= MAX_VARIANTS) {
                    throw new IllegalArgumentException(where() + "a list longer than " + MAX_VARIANTS + " items");
                }
                list.add(value());
            }
            return list;
        }
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getDecimalValue();
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        return t == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    private static List<Row> product(long line, Map<String, Object> p) {
        String reason = null;
        List<Row> rows = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        if (p.get("names") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> names.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        }
        Integer cents = cents(p.get("price"));
        if (cents == null) {
            reason = "price is missing or not an amount like 42.50";
        }
        if (!(p.get("variants") instanceof List<?> variants) || variants.isEmpty()) {
            return List.of(new Row(line, Parsed.refused("product " + text(p.get("id")) + " has no variants (each size is a variant)")));
        }
        int order = 0;
        for (Object item : variants) {
            if (!(item instanceof Map<?, ?> v)) {
                rows.add(new Row(line, Parsed.refused("each variant is an object {\"size\", \"colour\", \"sku\"}")));
                continue;
            }
            if (reason != null) {
                rows.add(new Row(line, Parsed.refused(reason)));
                continue;
            }
            rows.add(new Row(line, CatalogueRows.check(new ImportedVariant(text(p.get("id")), text(p.get("category")),
                    text(p.get("collection")), cents, text(p.get("image")), names, text(v.get("size")), order++,
                    text(v.get("colour")), text(v.get("sku"))))));
        }
        return rows;
    }

    private static Integer cents(Object price) {
        if (!(price instanceof java.math.BigDecimal amount) || amount.signum() < 0 || amount.scale() > 2
                || amount.compareTo(java.math.BigDecimal.valueOf(10_000_000)) >= 0) {
            return null;
        }
        return amount.movePointRight(2).intValueExact();
    }

    private static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? null : String.valueOf(value).strip();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
