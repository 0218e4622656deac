package io.lien.server.i18n;

import io.lien.server.selections.web.SelectionView;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding a language is adding bundle files and a row, no code: German, from
 * {@code src/test/third-language}, on top of the class path Lien ships with.
 */
class ThirdLanguageTest {

    private static Languages withGerman() throws Exception {
        URL third = Path.of("src", "test", "third-language").toUri().toURL();
        return Languages.load(new URLClassLoader(new URL[] {third}, ThirdLanguageTest.class.getClassLoader()));
    }

    @Test
    void aThirdLanguageIsSpokenOnceItsBundleAndRowAreThere() throws Exception {
        Languages languages = withGerman();
        assertEquals(List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN), languages.spoken());
        Texts de = languages.texts(Locale.forLanguageTag("de-AT"));
        assertEquals("Für Sie, Amara", de.t("selection.for-you", "Amara"));
        assertEquals("1 Minute", de.t("export.minutes", 1));
        assertEquals("3 Minuten", de.t("export.minutes", 3));
        assertEquals("This selection is no longer online", de.t("selection.expired.title"), "a key it lacks reads from the fallback");
    }

    @Test
    void aPageRendersInTheThirdLanguageWithTheSwitchOfferingAllThree() throws Exception {
        Texts de = withGerman().texts(Locale.GERMAN);
        String html = new Pages().render("selection", new SelectionView(new Page(de, de.t("selection.title"), true),
                SelectionView.State.OPENED, "AAAAAAAAAAAAAAAAAAAAAA", "Amara", "Léa", "Das Smaragdgrün, das Ihnen gefiel", List.of(
                new SelectionView.Piece("p-dress-emerald", "Emerald wrap dress", "189,00 €", java.util.List.of(new SelectionView.Size(
                        "p-dress-emerald/36", "36", "36: Le Marais", true, false)), java.util.List.of(new SelectionView.Store("demo", "Le Marais")),
                        "0b7c6f4e-1f2a-4c55-9a54-2f7d0e1c9b11"))));
        assertTrue(html.contains("<html lang=\"de\">"), html);
        assertTrue(html.contains("<h1>Für Sie, Amara</h1>") && html.contains("Eine Auswahl von Léa"), html);
        assertTrue(html.contains("lang=\"de\">Deutsch</span>") && html.contains(">Français</a>") && html.contains(">English</a>"), html);
    }

    @Test
    void whatLienStoredToSayLaterReadsInTheThirdLanguageNamesAndDatesIncluded() throws Exception {
        Wording german = new Wording(new Wording.Names() {
            @Override
            public String product(String productId, Locale locale) {
                return locale.getLanguage().equals("de") ? "den marineblauen Trenchcoat" : "the navy trench coat";
            }

            @Override
            public String zone(String zoneId, Locale locale) {
                return null;
            }
        }, withGerman());
        assertEquals("8 Min., 1 Bereich, 2 Kleidungsstücke in der Hand", german.word(Phrase.of("visit.evidence.quick-mission",
                Phrase.Arg.number(8), Phrase.Arg.number(1), Phrase.Arg.number(2)), Locale.GERMAN));
        assertEquals("hat den marineblauen Trenchcoat anprobiert, bei einem früheren Besuch in der Hand (12.11.2026)",
                german.word(Phrase.of("visit.evidence.come-back-to-try", Phrase.Arg.product("p-trench-navy"),
                        Phrase.Arg.date(java.time.LocalDate.of(2026, 11, 12))), Locale.GERMAN));
        assertEquals("Kein Kunde c-x.", german.word(Phrase.with("problem.no-client", "c-x"), Locale.GERMAN));
        assertEquals("first visit", german.word(Phrase.of("visit.evidence.first-visit"), Locale.GERMAN),
                "a key German lacks reads from the fallback");
    }
}
