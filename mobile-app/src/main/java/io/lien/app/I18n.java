package io.lien.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The app's texts in French or English, chosen from the device language (or {@code -Dlien.lang}). */
public final class I18n {

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle("io.lien.app.messages", this.locale);
    }

    public static I18n fromDevice() {
        String forced = System.getProperty("lien.lang");
        return new I18n(forced != null ? Locale.forLanguageTag(forced) : Locale.getDefault());
    }

    public Locale locale() {
        return locale;
    }

    public boolean french() {
        return locale.getLanguage().equals("fr");
    }

    /** The text of {@code key}; a key this app does not know (a newer server's kind) reads as the key's last part, never a crash. */
    public String t(String key, Object... args) {
        if (!bundle.containsKey(key)) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
