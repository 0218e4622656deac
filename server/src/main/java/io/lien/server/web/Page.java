package io.lien.server.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;

import java.util.List;
import java.util.Locale;

/**
 * What the one layout ({@code src/main/jte/layout.jte}) needs of every page: its language's texts,
 * its title, and whether it offers the language switch (a page whose address needs a token — the
 * export — cannot: the link would lose it).
 *
 * @param texts          the reader's language
 * @param title          the page's title, already in that language
 * @param languageSwitch whether to show the other languages as links ({@code ?lang=…})
 * @param kiosk          a shared screen's page (a mirror): large targets, its own script
 * @param wide           a page of figures (insights): full width, the charts' script
 * @param office         a back-office page: full width, the plan editor's and the upload's script
 */
public record Page(Texts texts, String title, boolean languageSwitch, boolean kiosk, boolean wide, boolean office) {

    public Page(Texts texts, String title, boolean languageSwitch) {
        this(texts, title, languageSwitch, false, false, false);
    }

    /** One language of the switch: its own name in itself ("Français"), and whether it is this page's. */
    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    public static Page of(Locale locale, String titleKey, boolean languageSwitch, Object... titleArgs) {
        Texts texts = Texts.of(locale);
        return new Page(texts, texts.t(titleKey, titleArgs), languageSwitch);
    }

    /**
     * A page a shared screen shows in kiosk mode (a fixture's mirror): large type and targets, its
     * own script, the language switch kept.
     */
    public static Page kiosk(Locale locale, String titleKey, Object... titleArgs) {
        Texts texts = Texts.of(locale);
        return new Page(texts, texts.t(titleKey, titleArgs), true, true, false, false);
    }

    /**
     * A page of figures for a laptop or a tablet (a manager's insights): the full width, its charts'
     * script and stylesheet, printable.
     */
    public static Page wide(Locale locale, String titleKey, Object... titleArgs) {
        Texts texts = Texts.of(locale);
        return new Page(texts, texts.t(titleKey, titleArgs), true, false, true, false);
    }

    /**
     * A back-office page, used on a laptop or on a tablet standing in the store (large targets, portrait):
     * the full width, the plan editor's and the catalogue upload's script.
     */
    public static Page office(Locale locale, String titleKey, Object... titleArgs) {
        Texts texts = Texts.of(locale);
        return new Page(texts, texts.t(titleKey, titleArgs), true, false, false, true);
    }

    public String t(String key, Object... args) {
        return texts.t(key, args);
    }

    /** For {@code <html lang>}. */
    public String lang() {
        return texts.language();
    }

    public List<LanguageLink> languages() {
        Languages all = texts.languages();
        return all.spoken().stream()
                .map(l -> new LanguageLink(l.toLanguageTag(), all.texts(l).t("language.name"), "?lang=" + l.toLanguageTag(),
                        l.getLanguage().equals(texts.locale().getLanguage())))
                .toList();
    }
}
