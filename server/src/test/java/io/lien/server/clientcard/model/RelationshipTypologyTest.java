package io.lien.server.clientcard.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lien.server.clientcard.model.RelationshipFixture.client;
import static io.lien.server.i18n.WordingFixture.en;
import static io.lien.server.i18n.WordingFixture.fr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RelationshipTypologyTest {

    private static RelationshipTypology.Label only(RelationshipFixture f, String code) {
        return f.labels().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError(f.codes()));
    }

    @Test
    void aClientWhoBroughtFriendsIsAPrescriberWithTheOrdersTheyPlacedSince() {
        RelationshipTypology.Label l = only(client().order(30, "STORE", "Coat").brought("Amara Diallo", 1).brought("Awa Diallo", 3),
                "prescriber");
        assertEquals("brought Amara Diallo (1 order since), Awa Diallo (3 orders since)", en(l.evidence()));
        assertEquals("a fait venir Amara Diallo (1 commande depuis), Awa Diallo (3 commandes depuis)", fr(l.evidence()));
    }

    @Test
    void anAdvisorsNotesAndSelectionsWithinAYearMakeARelationshipAndOlderOrOtherAdvisorsOnesDoNot() {
        assertEquals("followed by lea: 2 notes, 1 selection in 12 months",
                en(only(client().advisor("lea").note(10, "lea").note(200, "lea").selection(5, "lea").note(3, "marc").note(400, "lea"),
                        "advisor-relationship").evidence()));
        assertFalse(client().advisor("lea").note(400, "lea").note(3, "marc").codes().contains("advisor-relationship"));
        assertFalse(client().note(3, "marc").codes().contains("advisor-relationship"), "no advisor of their own");
    }

    @Test
    void fourDifferentDaysInStoreWithinSixMonthsMakeARegularButFourVisitsOnOneDayDoNot() {
        assertEquals("4 days in store in 6 months",
                en(only(client().visit(10).visit(40).order(70, "STORE", "Scarf").visit(170).visit(200), "regular").evidence()));
        assertFalse(client().visit(10).visit(10.01).visit(10.02).visit(10.03).codes().contains("regular"));
        assertFalse(client().visit(10).visit(40).order(70, "WEB", "Scarf").visit(170).codes().contains("regular"), "online is not in store");
    }

    @Test
    void ordersOrVisitsOnTwoChannelsInAYearMakeAnOmnichannelRelationshipNamedInBothLanguages() {
        RelationshipTypology.Label l = only(client().order(41, "WEB", "Scarf").order(95, "STORE", "Sweater").order(180, "APP", "Dress"),
                "omnichannel");
        assertEquals("orders or visits in the app, in store, and online in 12 months", en(l.evidence()));
        assertEquals("commandes ou visites dans l'appli, en boutique et en ligne en 12 mois", fr(l.evidence()));
        assertFalse(client().order(41, "WEB", "Scarf").order(400, "STORE", "Sweater").codes().contains("omnichannel"));
        assertFalse(client().order(41, "WEB", "Scarf").selection(3, "lea").codes().contains("omnichannel"),
                "a selection sent is the advisor's doing, not a channel the client chose");
    }

    @Test
    void anOrderThatSaysItIsAGiftMakesAGiftGiverWithTheLatestOneAsEvidence() {
        assertEquals("2 orders as a gift in 12 months, latest: Grey cashmere sweater, a gift for their friend Max",
                en(only(client().order(12, "PHONE", "Grey cashmere sweater, a gift for their friend Max")
                        .order(180, "APP", "Floral midi dress, a gift for her daughter Inès"), "gift-giver").evidence()));
        assertTrue(client().order(12, "WEB", "Foulard, cadeau pour ma mère").codes().contains("gift-giver"));
        assertFalse(client().order(12, "WEB", "Navy silk scarf, for herself").codes().contains("gift-giver"));
    }

    @Test
    void aClientBackRecentlyAfterHalfAYearAwayIsBackAfterAWhile() {
        assertEquals("back after 8 months without an order or visit",
                en(only(client().order(20, "STORE", "Coat").order(270, "WEB", "Scarf"), "back-after-a-while").evidence()));
        assertFalse(client().order(90, "STORE", "Coat").order(340, "WEB", "Scarf").codes().contains("back-after-a-while"),
                "came back, but not recently");
        assertFalse(client().order(20, "STORE", "Coat").order(120, "WEB", "Scarf").codes().contains("back-after-a-while"));
    }

    @Test
    void aClientFirstKnownWithinTwoMonthsIsANewRelationshipWhateverTheRecordSays() {
        assertEquals("first known 12 days ago", en(only(client().knownFor(12).order(12, "PHONE", "Sweater"), "new-relationship").evidence()));
        assertFalse(client().knownFor(12).order(300, "STORE", "Coat").codes().contains("new-relationship"),
                "an imported history older than the record");
    }

    @Test
    void feedbackGivenTwiceInAYearMakesACommunityVoice() {
        assertTrue(client().feedback(3).feedback(50).codes().contains("community-voice"));
        assertFalse(client().feedback(3).feedback(500).codes().contains("community-voice"));
    }

    @Test
    void noOrderOrVisitForOverAYearIsQuietForAWhile() {
        assertEquals("no order or visit for 14 months", en(only(client().order(430, "STORE", "Coat").note(10, "lea"), "quiet-for-a-while")
                .evidence()));
        assertFalse(client().order(300, "STORE", "Coat").codes().contains("quiet-for-a-while"));
    }

    @Test
    void labelsComeMostTellingFirstAndAClientWithLittleHistoryGetsNone() {
        assertEquals(List.of("prescriber", "advisor-relationship", "omnichannel", "gift-giver"),
                client().advisor("lea").note(5, "lea").order(41, "WEB", "Scarf").order(180, "APP", "Dress, a gift for Inès")
                        .brought("Amara Diallo", 1).codes());
        assertEquals(List.of(), client().order(100, "WEB", "Cardigan").codes());
    }
}
