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
            MONTH
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
    }

    public static Phrase of(String key, Arg... args) {
        return new Phrase(List.of(new Part(key, List.of(args))));
    }

    public static Phrase none() {
        return new Phrase(List.of());
    }

    public Phrase plus(Phrase more) {
        List<Part> all = new ArrayList<>(parts);
        all.addAll(more.parts);
        return new Phrase(all);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }
}
