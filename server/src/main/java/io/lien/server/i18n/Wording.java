package io.lien.server.i18n;


import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
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
        /** Knows no names: for phrases that name no garment or zone (refusals, problems). */
        Names NONE = new Names() {
            @Override
            public String product(String productId, Locale locale) {
                return null;
            }

            @Override
            public String zone(String zoneId, Locale locale) {
                return null;
            }
        };

        /** Null when the product is unknown. */
        String product(String productId, Locale locale);

        /** Null when the zone is unknown. */
        String zone(String zoneId, Locale locale);
    }

    private final Names names;
    private final Languages languages;

    private static final Wording PLAIN = new Wording(Names.NONE);

    public Wording(Names names) {
        this(names, Languages.all());
    }

    /** Words in {@code languages} (a test's, with a language Lien does not ship). */
    public Wording(Names names, Languages languages) {
        this.names = names;
        this.languages = languages;
    }

    /** Words a phrase that names no garment or zone (a refusal, a problem's detail). */
    public static String plain(Phrase phrase, Locale locale) {
        return PLAIN.word(phrase, locale);
    }

    public String word(Phrase phrase, Locale locale) {
        Texts texts = languages.texts(locale);
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
            case ZONE -> zoneOrId(arg.value(), locale);
            case MONTH -> Month.of(Integer.parseInt(arg.value())).getDisplayName(TextStyle.FULL, locale);
            case WEEKDAY -> DayOfWeek.of(Integer.parseInt(arg.value())).getDisplayName(TextStyle.FULL, locale);
            case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(arg.value()));
            case KEY -> texts.t(arg.value());
            case KEYS -> list(items(arg).stream().map(texts::t).toList(), locale);
            case ZONES -> list(items(arg).stream().map(z -> zoneOrId(z, locale)).toList(), locale);
            case PRODUCTS -> list(items(arg).stream().map(p -> productOrGarment(p, texts)).toList(), locale);
        };
    }

    private String zoneOrId(String zoneId, Locale locale) {
        String zone = zoneId == null ? null : names.zone(zoneId, locale);
        return zone == null ? String.valueOf(zoneId) : zone;
    }

    private static List<String> items(Phrase.Arg arg) {
        return arg.value() == null || arg.value().isEmpty() ? List.of() : List.of(arg.value().split(","));
    }

    /** "A, B and C" as the language lists things (CLDR's patterns, through ICU). */
    private static String list(List<String> items, Locale locale) {
        return ListFormatter.getInstance(ULocale.forLocale(locale)).format(items);
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
