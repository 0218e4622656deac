package io.lien.server.moments.model;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Wording;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Moments are stored as keys and arguments, and read the same as before in each language. */
class MomentTextsTest {

    private static final MomentTexts.Who CAMILLE = new MomentTexts.Who("Camille", "she");
    private static final Map<String, String[]> NAMES = Map.of(
            "p-trench-navy", new String[] {"the navy trench coat", "le trench bleu marine"},
            "p-scarf-navy", new String[] {"the navy silk scarf", "le foulard en soie bleu marine"},
            "z-coats", new String[] {"Coats", "Manteaux"},
            "z-fitting", new String[] {"the fitting rooms", "les cabines"});
    private static final Wording WORDING = new Wording(new Wording.Names() {
        @Override
        public String product(String productId, Locale locale) {
            return name(productId, locale);
        }

        @Override
        public String zone(String zoneId, Locale locale) {
            return name(zoneId, locale);
        }
    });

    private static String name(String id, Locale locale) {
        String[] both = NAMES.get(id);
        return both == null ? null : both["fr".equals(locale.getLanguage()) ? 1 : 0];
    }

    private static String en(Phrase p) {
        return WORDING.word(p, Locale.ENGLISH);
    }

    private static String fr(Phrase p) {
        return WORDING.word(p, Locale.FRENCH);
    }

    @Test
    void aNamedLiftWithAPastPurchaseReadsLikeAConversationStarter() {
        long october = LocalDate.of(2026, 10, 12).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        Phrase text = MomentTexts.lift(CAMILLE, "p-trench-navy", "38", "z-coats").plus(MomentTexts.boughtBefore(CAMILLE,
                new MomentTexts.Purchase("p-scarf-navy", "WEB", october), ZoneId.of("Europe/Paris")));
        assertEquals("Camille lifted the navy trench coat (38) — she bought the navy silk scarf online in October", en(text));
        assertEquals("Camille a pris le trench bleu marine (38) — elle a acheté le foulard en soie bleu marine en ligne en octobre", fr(text));
    }

    @Test
    void anAnonymousLiftNamesNobodyAndSaysWhere() {
        Phrase text = MomentTexts.lift(MomentTexts.Who.SOMEONE, "p-trench-navy", "38", "z-coats");
        assertEquals("A shopper lifted the navy trench coat (38) — Coats", en(text));
        assertEquals("Quelqu'un a pris le trench bleu marine (38) — Manteaux", fr(text));
    }

    @Test
    void justBrowsingIsCarriedInBothLanguages() {
        Phrase text = MomentTexts.like(new MomentTexts.Who("Sophie", "she"), "p-trench-navy").plus(MomentTexts.approachability("just-browsing"));
        assertEquals("Sophie liked the navy trench coat · just browsing", en(text));
        assertEquals("Sophie aime le trench bleu marine · « je regarde seulement »", fr(text));
    }

    @Test
    void aSizeRequestSaysWhichSizeOfWhatAndWhere() {
        Phrase text = MomentTexts.sizeRequest(CAMILLE, "p-trench-navy", "40", "z-fitting");
        assertEquals("Size 40 of the navy trench coat asked for at the mirror — the fitting rooms, for Camille", en(text));
    }

    @Test
    void theyIsTheDefaultPronoun() {
        Phrase text = MomentTexts.boughtBefore(new MomentTexts.Who("Jules", null),
                new MomentTexts.Purchase("p-trench-navy", "PHONE", 0), ZoneOffset.UTC);
        assertEquals(" — they bought the navy trench coat by phone in January", en(text));
        assertEquals(" — iel a acheté le trench bleu marine par téléphone en janvier", fr(text));
    }

    @Test
    void countsTakeEachLanguagesPluralAndAnUnknownGarmentIsStillSaid() {
        assertEquals("Amara opened the selection Léa sent (1 piece)", en(MomentTexts.selectionOpened("Amara", "Léa", 1)));
        assertEquals("Amara opened the selection Léa sent (2 pieces)", en(MomentTexts.selectionOpened("Amara", "Léa", 2)));
        assertEquals("Amara a ouvert la sélection envoyée par Léa (1 pièce)", fr(MomentTexts.selectionOpened("Amara", "Léa", 1)));
        assertEquals("Someone: A shopper liked a garment", "Someone: " + en(MomentTexts.like(MomentTexts.Who.SOMEONE, "p-unknown")));
        assertEquals("Léa s'en occupe : Quelqu'un aime un vêtement",
                fr(MomentTexts.claim("Léa", MomentTexts.like(MomentTexts.Who.SOMEONE, null))));
    }

    @Test
    void aSentenceStoredBeforePhrasesReadsAsItWasWritten() {
        Phrase legacy = new Phrase(java.util.List.of(new Phrase.Part(Phrase.LEGACY, java.util.List.of(
                Phrase.Arg.text("Camille is in the store"), Phrase.Arg.text("Camille est en boutique")))));
        assertEquals("Camille is in the store", en(legacy));
        assertEquals("Camille est en boutique", fr(legacy));
        assertEquals("Camille is in the store", WORDING.word(legacy, Locale.GERMAN), "another language reads the fallback's");
    }

    @Test
    void aLowBatteryNamesTheKindOfDeviceInEachLanguage() {
        assertEquals("Hanger h-17: battery at 9 %", en(MomentTexts.lowBattery("hanger", "h-17", 9)));
        assertEquals("Balise b-2 : batterie à 9 %", fr(MomentTexts.lowBattery("beacon", "b-2", 9)));
        assertEquals("Fixture m-1 has been silent for 3 min", en(MomentTexts.silent("fixture", "m-1", 180_000)));
    }
}
