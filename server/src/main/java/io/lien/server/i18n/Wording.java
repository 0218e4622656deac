package io.lien.server.i18n;


import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Words a {@link Phrase} in one language: each part from the bundles
 * ({@code i18n/messages*.properties}), each argument as its kind says; the names of products and
 * zones come from whoever knows them ({@link Names}: the registry).
 */
public final class Wording {

    /** The names of things, in a language: products with their article ("the navy trench coat"), zones. */
    public interface Names {
        /** Null when the product is unknown. */
        String product(String productId, Locale locale);

        /** Null when the zone is unknown. */
        String zone(String zoneId, Locale locale);
    }

    private final Names names;

    public Wording(Names names) {
        this.names = names;
    }

    public String word(Phrase phrase, Locale locale) {
        Texts texts = Texts.of(locale);
        StringBuilder out = new StringBuilder(96);
        for (Phrase.Part part : phrase.parts()) {
            out.append(word(part, texts));
        }
        return out.toString();
    }

    private String word(Phrase.Part part, Texts texts) {
        if (Phrase.LEGACY.equals(part.key())) {
            return legacy(part, texts.locale());
        }
        Object[] args = new Object[part.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = word(part.args().get(i), texts);
        }
        return texts.t(part.key(), args);
    }

    private Object word(Phrase.Arg arg, Texts texts) {
        Locale locale = texts.locale();
        return switch (arg.kind()) {
            case TEXT -> arg.value();
            case NUMBER -> Long.parseLong(arg.value());
            case PRODUCT -> productOrGarment(arg.value(), texts);
            case PRODUCT_START -> capitalise(productOrGarment(arg.value(), texts), locale);
            case ZONE -> {
                String zone = arg.value() == null ? null : names.zone(arg.value(), locale);
                yield zone == null ? String.valueOf(arg.value()) : zone;
            }
            case MONTH -> Month.of(Integer.parseInt(arg.value())).getDisplayName(TextStyle.FULL, locale);
        };
    }

    private String productOrGarment(String productId, Texts texts) {
        String name = productId == null ? null : names.product(productId, texts.locale());
        return name == null ? texts.t("moment.a-garment") : name;
    }

    /** A sentence stored before phrases: its English and French words, the nearest for the reader. */
    private static String legacy(Phrase.Part part, Locale locale) {
        String en = part.args().isEmpty() ? "" : part.args().get(0).value();
        String fr = part.args().size() < 2 ? en : part.args().get(1).value();
        return "fr".equals(locale.getLanguage()) ? fr : en;
    }

    private static String capitalise(String s, Locale locale) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
