package io.lien.server.moments.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MomentTextsTest {

    private static final MomentTexts.Who CAMILLE = new MomentTexts.Who("Camille", "she");
    private static final Text TRENCH = Text.of("the navy trench coat", "le trench bleu marine");
    private static final Text COATS = Text.of("Coats", "Manteaux");

    @Test
    void aNamedLiftWithAPastPurchaseReadsLikeAConversationStarter() {
        long october = LocalDate.of(2026, 10, 12).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        Text text = MomentTexts.lift(CAMILLE, TRENCH, "38", COATS).plus(MomentTexts.boughtBefore(CAMILLE,
                new MomentTexts.Purchase(Text.of("the navy silk scarf", "le foulard en soie bleu marine"), "WEB", october),
                ZoneId.of("Europe/Paris")));
        assertEquals("Camille lifted the navy trench coat (38) — she bought the navy silk scarf online in October", text.en());
        assertEquals("Camille a pris le trench bleu marine (38) — elle a acheté le foulard en soie bleu marine en ligne en octobre", text.fr());
    }

    @Test
    void anAnonymousLiftNamesNobodyAndSaysWhere() {
        Text text = MomentTexts.lift(MomentTexts.Who.SOMEONE, TRENCH, "38", COATS);
        assertEquals("A shopper lifted the navy trench coat (38) — Coats", text.en());
        assertEquals("Quelqu'un a pris le trench bleu marine (38) — Manteaux", text.fr());
    }

    @Test
    void justBrowsingIsCarriedInBothLanguages() {
        Text text = MomentTexts.like(new MomentTexts.Who("Sophie", "she"), TRENCH).plus(MomentTexts.approachability("just-browsing"));
        assertEquals("Sophie liked the navy trench coat · just browsing", text.en());
        assertEquals("Sophie aime le trench bleu marine · « je regarde seulement »", text.fr());
    }

    @Test
    void aSizeRequestSaysWhichSizeOfWhatAndWhere() {
        Text text = MomentTexts.sizeRequest(CAMILLE, TRENCH, "40", Text.of("the fitting rooms", "les cabines"));
        assertEquals("Size 40 of the navy trench coat asked for at the mirror — the fitting rooms, for Camille", text.en());
    }

    @Test
    void theyIsTheDefaultPronoun() {
        Text text = MomentTexts.boughtBefore(new MomentTexts.Who("Jules", null),
                new MomentTexts.Purchase(TRENCH, "PHONE", 0), ZoneOffset.UTC);
        assertEquals(" — they bought the navy trench coat by phone in January", text.en());
        assertEquals(" — iel a acheté le trench bleu marine par téléphone en janvier", text.fr());
    }
}
