package io.lien.server.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence as Lien stores it: message keys and their arguments, never the words of one language.
 * It is worded in the reader's language when read ({@link Wording}): names of garments and zones are
 * looked up then, so a renamed product or a new language needs no change to what was stored.
 *
 * @param parts said one after the other ("Camille lifted …" + " — she bought …" + " · would like advice")
 */
public record Phrase(List<Part> parts) {

    /** Key of a part kept from before phrases: its arguments are the English and French sentences. */
    public static final String LEGACY = "legacy";
    /** Key of a part that says its one argument as it is. */
    public static final String AS_IS = "as-is";

    public Phrase {
        parts = List.copyOf(parts);
    }

    /** One message of the bundles and its arguments, in the order of the pattern's {0}, {1}… */
    public record Part(String key, List<Arg> args) {
        public Part {
            args = List.copyOf(args);
        }
    }

    /** An argument, and how to word it. */
    public record Arg(Kind kind, String value) {

        public enum Kind {
            /** said as it is: a first name, a size, a device id */
            TEXT,
            /** a number: counts choose plural forms */
            NUMBER,
            /** a product, by id: its name with its article in the reader's language */
            PRODUCT,
            /** a product at the start of a sentence: the same, capitalised */
            PRODUCT_START,
            /** a zone, by id */
            ZONE,
            /** a month, 1–12: its name in the reader's language */
            MONTH,
            /** a day of the week, 1 (Monday) – 7: its name in the reader's language */
            WEEKDAY,
            /** a day, ISO yyyy-mm-dd: written as the reader's language writes dates */
            DATE,
            /** another message of the bundles, without arguments ("in store", "morning") */
            KEY,
            /** messages of the bundles, comma-separated keys: said as a list ("in the app, in store and online") */
            KEYS,
            /** zones by id, comma-separated: their names as a list */
            ZONES,
            /** products by id, comma-separated: their names as a list */
            PRODUCTS
        }

        public static Arg text(String value) {
            return new Arg(Kind.TEXT, value);
        }

        public static Arg number(long value) {
            return new Arg(Kind.NUMBER, Long.toString(value));
        }

        public static Arg product(String productId) {
            return new Arg(Kind.PRODUCT, productId);
        }

        public static Arg productStart(String productId) {
            return new Arg(Kind.PRODUCT_START, productId);
        }

        public static Arg zone(String zoneId) {
            return new Arg(Kind.ZONE, zoneId);
        }

        public static Arg month(int month) {
            return new Arg(Kind.MONTH, Integer.toString(month));
        }

        public static Arg weekday(java.time.DayOfWeek day) {
            return new Arg(Kind.WEEKDAY, Integer.toString(day.getValue()));
        }

        public static Arg date(java.time.LocalDate day) {
            return new Arg(Kind.DATE, day.toString());
        }

        public static Arg key(String key) {
            return new Arg(Kind.KEY, key);
        }

        public static Arg keys(List<String> keys) {
            return new Arg(Kind.KEYS, String.join(",", keys));
        }

        public static Arg zones(List<String> zoneIds) {
            return new Arg(Kind.ZONES, String.join(",", zoneIds));
        }

        public static Arg products(List<String> productIds) {
            return new Arg(Kind.PRODUCTS, String.join(",", productIds));
        }
    }

    public static Phrase of(String key, Arg... args) {
        return new Phrase(List.of(new Part(key, List.of(args))));
    }

    /** Some text Lien did not write (a client's own words, an order line as the channel sent it): said as it is. */
    public static Phrase verbatim(String text) {
        return of(AS_IS, Arg.text(text));
    }

    /**
     * A message whose arguments are said as they are: numbers as numbers (plural forms), anything
     * else as its text. For refusals and problems, which name no garment or zone to look up.
     */
    public static Phrase with(String key, Object... values) {
        Arg[] args = new Arg[values.length];
        for (int i = 0; i < values.length; i++) {
            args[i] = values[i] instanceof Integer || values[i] instanceof Long ? Arg.number(((Number) values[i]).longValue())
                    : Arg.text(String.valueOf(values[i]));
        }
        return of(key, args);
    }

    public static Phrase none() {
        return new Phrase(List.of());
    }

    public Phrase plus(Phrase more) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(more.parts);
        return new Phrase(all);
    }

    /** The phrases one after the other, {@code separator} (a key) between each two. */
    public static Phrase joined(List<Phrase> phrases, String separator) {
        List<Part> all = new ArrayList<>();
        for (Phrase p : phrases) {
            if (!all.isEmpty()) {
                all.add(new Part(separator, List.of()));
            }
            all.addAll(p.parts);
        }
        return new Phrase(all);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
