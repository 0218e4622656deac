package io.lien.server.i18n;

import com.ibm.icu.text.MessageFormat;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The texts of one language: {@code t("selection.from", "Léa")} → "A selection by Léa". Messages are
 * ICU MessageFormat patterns, so counts read right in every language
 * ({@code {likes, plural, one {# like} other {# likes}}}). A key no bundle has reads as the key in
 * brackets — visible, never an exception in front of a customer; the completeness test keeps it
 * from happening.
 */
public final class Texts {

    static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final Languages languages;
    private final ResourceBundle bundle;
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    Texts(Locale locale, Languages languages, ClassLoader loader) {
        this.locale = locale;
        this.languages = languages;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, loader,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The texts of the spoken language nearest to {@code locale}; a key its bundle lacks reads from the fallback's. */
    public static Texts of(Locale locale) {
        return Languages.all().texts(locale);
    }

    /** The languages this one is among (for a language switch). */
    public Languages languages() {
        return languages;
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag, for {@code <html lang>}. */
    public String language() {
        return locale.toLanguageTag();
    }

    /** The message {@code key}, its {@code {0}}, {@code {1}}… replaced by {@code args}. */
    public String t(String key, Object... args) {
        MessageFormat format;
        try {
            format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        return format.format(args);
    }

    /** An amount in cents of {@code currency}, as the reader writes money ("€1,290.00", "1 290,00 €"). */
    public String money(long cents, String currency) {
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(java.util.Currency.getInstance(currency));
        return format.format(cents / 100.0);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
