package io.lien.server.displays.model;

import io.lien.protocol.device.HangerDisplay;
import io.lien.server.i18n.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HangerScreenTest {

    private static final Words ENGLISH = Texts.of(Locale.ENGLISH)::t;
    private static final Words FRENCH = Texts.of(Locale.FRENCH)::t;

    @Test
    void aQuietHangerShowsItsSizesHereWhatTheCommunitySaysAndHowToAskForAnotherSize() {
        HangerDisplay d = HangerScreen.of("h-003", List.of("36", "38", "40"), new Voice(12, 3, 0), new HelpState.None(), ENGLISH);

        assertEquals(List.of("Here: 36 38 40", "12 likes · 3 comments", "Other size? Press help"), d.lines());
        assertEquals("off", d.led());
    }

    @Test
    void criticalWordsAreCountedNotHidden() {
        HangerDisplay d = HangerScreen.of("h-003", List.of("38"), new Voice(12, 3, 1), new HelpState.None(), ENGLISH);

        assertEquals(List.of("Here: 38", "12 likes · 3 comments", "incl. 1 critical"), d.lines());
    }

    @Test
    void whenAnAdvisorTookTheCallTheHangerSaysWhoIsComingWithItsLedOn() {
        HangerDisplay d = HangerScreen.of("h-003", List.of("36", "40"), new Voice(12, 3, 1), new HelpState.Coming("Léa", 1L), ENGLISH);

        assertEquals(List.of("Léa is coming", "Here: 36 40", "3 comments, 1 critical"), d.lines());
        assertEquals("on", d.led());
    }

    @Test
    void aCallNobodyTookYetBlinksAndPromisesNoOne() {
        HangerDisplay d = HangerScreen.of("h-003", List.of("36"), new Voice(0, 0, 0), new HelpState.Asked(1L), ENGLISH);

        assertEquals(List.of("Asked · advisors told", "Here: 36", "Like it? Press like"), d.lines());
        assertEquals("blink", d.led());
    }

    @Test
    void aGarmentGoneFromTheStoreSaysSo() {
        HangerDisplay d = HangerScreen.of("h-003", List.of(), new Voice(1, 0, 0), new HelpState.None(), FRENCH);

        assertEquals(List.of("Plus en boutique", "1 j'aime · 0 avis", "Autre taille ? → aide"), d.lines());
    }

    @Test
    void theStoresLanguageWordsEveryLine() {
        HangerDisplay d = HangerScreen.of("h-003", List.of("36", "38"), new Voice(12, 3, 2), new HelpState.Coming("Marc", 1L), FRENCH);

        assertEquals(List.of("Marc arrive", "Ici : 36 38", "3 avis dont 2 critiques"), d.lines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void noLineIsEverLongerThanTheScreenWhateverTheNumbersAndNames(String language) {
        Words words = Texts.of(Locale.forLanguageTag(language))::t;
        List<String> manySizes = List.of("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL", "5XL");
        for (HelpState help : List.of(new HelpState.None(), new HelpState.Asked(1), new HelpState.Coming("Marie-Christine-Aurélie", 1))) {
            for (Voice voice : List.of(Voice.silent(), new Voice(1, 1, 1), new Voice(123_456, 98_765, 43_210))) {
                HangerDisplay d = HangerScreen.of("h-1", manySizes, voice, help, words);
                assertEquals(3, d.lines().size());
                d.lines().forEach(l -> assertTrue(l.length() <= 24, l + " is longer than 24"));
            }
        }
    }

    @Test
    void sizesThatDoNotFitEndWithAnEllipsis() {
        HangerDisplay d = HangerScreen.of("h-1", List.of("XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"), Voice.silent(),
                new HelpState.None(), ENGLISH);

        String sizes = d.lines().get(0);
        assertTrue(sizes.startsWith("Here: XXS XS S M L") && sizes.endsWith("…") && sizes.length() <= 24, sizes);
    }
}
