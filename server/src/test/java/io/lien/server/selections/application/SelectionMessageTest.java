package io.lien.server.selections.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The message that takes a selection to a client: from the bundles, in the client's language, counted right. */
class SelectionMessageTest {

    @Test
    void aFrenchClientReadsFrenchAndAnEnglishOneEnglishWithPluralsOfTheirLanguage() {
        assertEquals("Bonjour Camille, Léa vous a préparé une sélection de 3 pièces : https://lien.example/s/abc",
                SelectionDispatch.message("fr", "Camille", "Léa", 3, "https://lien.example/s/abc"));
        assertEquals("Hello Amara, Léa put together a selection of 1 piece for you: https://lien.example/s/abc",
                SelectionDispatch.message("en", "Amara", "Léa", 1, "https://lien.example/s/abc"));
    }

    @Test
    void aLanguageLienDoesNotSpeakReadsTheFallbackAndNamesAreNeverParsed() {
        assertEquals("Hello Ana {0}, Léa put together a selection of 2 pieces for you: https://x/s/'q'",
                SelectionDispatch.message("es", "Ana {0}", "Léa", 2, "https://x/s/'q'"));
    }
}
