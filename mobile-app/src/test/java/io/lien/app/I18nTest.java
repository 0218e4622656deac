package io.lien.app;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app's own texts: a key a newer server brings (a new kind of timeline line) reads as its name, never a crash. */
class I18nTest {

    @Test
    void aKnownKeyReadsInTheAppsLanguageAndAnUnknownOneAsItsLastPart() {
        assertEquals("À mettre de côté", new I18n(Locale.FRENCH).t("kind.RESERVATION"));
        assertEquals("To put aside", new I18n(Locale.ENGLISH).t("kind.RESERVATION"));
        assertEquals("GIFT_WRAP", new I18n(Locale.ENGLISH).t("kind.GIFT_WRAP"));
    }
}
