package io.lien.server.imports.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV row read by column name, with the checks every format shares. Throws {@link Bad} on a bad value. */
final class Fields {

    static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    private static final DateTimeFormatter SHOPIFY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private final Map<String, Integer> columns;
    private final List<String> values;

    private Fields(Map<String, Integer> columns, List<String> values) {
        this.columns = columns;
        this.values = values;
    }

    static Map<String, Integer> index(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    static Fields of(Map<String, Integer> columns, List<String> values) {
        return new Fields(columns, values);
    }

    /** The trimmed value, "" when the column is absent or empty; longer than {@code max} is refused. */
    String text(String column, int max) {
        Integer i = columns.get(column);
        String v = i == null || i >= values.size() ? "" : values.get(i).strip();
        if (v.length() > max) {
            throw new Bad(column + " is longer than " + max + " characters");
        }
        return v;
    }

    String required(String column, int max) {
        String v = text(column, max);
        if (v.isEmpty()) {
            throw new Bad(column + " is missing");
        }
        return v;
    }

    String id(String column) {
        String v = required(column, 32);
        if (!v.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new Bad(column + " '" + v + "' must match [A-Za-z0-9_-]{1,32}");
        }
        return v;
    }

    String optionalId(String column) {
        return text(column, 32).isEmpty() ? null : id(column);
    }

    String email(String column) {
        String v = text(column, 160).toLowerCase(Locale.ROOT);
        if (!v.isEmpty() && !v.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new Bad(column + " '" + v + "' is not an e-mail address");
        }
        return v.isEmpty() ? null : v;
    }

    boolean yes(String column) {
        String v = text(column, 8).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "yes", "true", "1", "y", "oui" -> true;
            case "", "no", "false", "0", "n", "non" -> false;
            default -> throw new Bad(column + " '" + v + "' is not yes or no");
        };
    }

    String oneOf(String column, List<String> allowed, String fallback) {
        String v = text(column, 32).toLowerCase(Locale.ROOT);
        if (v.isEmpty() && fallback != null) {
            return fallback;
        }
        if (!allowed.contains(v)) {
            throw new Bad(column + " '" + v + "' is not one of " + String.join(", ", allowed));
        }
        return v;
    }

    /** ISO-8601 instant or offset date-time, a date (midnight UTC), or Shopify's "2024-03-05 14:22:11 +0100". */
    long time(String column) {
        String v = required(column, 40);
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            if (v.contains("T")) {
                return v.endsWith("Z") ? Instant.parse(v).toEpochMilli() : OffsetDateTime.parse(v).toInstant().toEpochMilli();
            }
            return OffsetDateTime.parse(v, SHOPIFY_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new Bad(column + " '" + v + "' is not a date-time (2024-03-05T14:22:11Z, 2024-03-05 or 2024-03-05 14:22:11 +0100)");
        }
    }

    /** A money amount ("42.50", "42") as cents. */
    Integer cents(String column, int quantity) {
        String v = text(column, 16);
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1,9}(\\.\\d{1,2})?")) {
            throw new Bad(column + " '" + v + "' is not an amount like 42.50");
        }
        long cents = Math.round(Double.parseDouble(v) * 100) * Math.max(1, quantity);
        if (cents > Integer.MAX_VALUE) {
            throw new Bad(column + " is too large");
        }
        return (int) cents;
    }

    /**
     * A price as a catalogue gives it: "42.50", "42", or "42,50" as a spreadsheet set to French writes it (a
     * catalogue's file has one price per row, never a list: the comma can only be the decimal one).
     */
    Integer price(String column) {
        return Fields.of(java.util.Map.of(column, 0), java.util.List.of(text(column, 16).replace(',', '.'))).cents(column, 1);
    }

    /** Every column named {@code prefix} + a language tag ({@code name_en}, {@code name_fr}), non-empty, by tag. */
    Map<String, String> byLanguage(String prefix, int max) {
        Map<String, String> found = new java.util.LinkedHashMap<>();
        columns.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).sorted(Map.Entry.comparingByValue()).forEach(e -> {
            String language = e.getKey().substring(prefix.length());
            if (!language.matches("[a-z]{2,3}(-[a-z0-9]{2,8})?")) {
                throw new Bad(e.getKey() + " is not " + prefix + " and a language tag (" + prefix + "en, " + prefix + "fr)");
            }
            String v = text(e.getKey(), max);
            if (!v.isEmpty()) {
                found.put(language, v);
            }
        });
        return found;
    }

    int count(String column, int max) {
        String v = text(column, 9);
        if (v.isEmpty()) {
            return 1;
        }
        if (!v.matches("\\d{1,9}") || Integer.parseInt(v) > max) {
            throw new Bad(column + " '" + v + "' is not a count up to " + max);
        }
        return Integer.parseInt(v);
    }
}
