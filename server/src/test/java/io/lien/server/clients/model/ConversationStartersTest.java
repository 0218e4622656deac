package io.lien.server.clients.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;

import static io.lien.server.i18n.WordingFixture.en;
import static io.lien.server.i18n.WordingFixture.fr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationStartersTest {

    private static List<ConversationStarters.Starter> camille(List<ConversationStarters.Handled> today) {
        return ConversationStarters.of(StoryFixture.camille(false, today), StoryFixture.TODAY);
    }

    @Test
    void anUpcomingBirthdayOfSomeoneSheBoughtForComesFirstWithItsEvidence() {
        ConversationStarters.Starter first = camille(List.of()).get(0);
        assertEquals("Bought the floral midi dress for Inès in May; Inès's birthday is in 9 days.", en(first.text()));
        assertEquals("A acheté la robe midi fleurie pour Inès en mai ; l'anniversaire de Inès est dans 9 jours.", fr(first.text()),
                "French all through: no English fragment of the client's data (\"her daughter Inès\") in it");
        assertEquals("Inès's birthday is on 2 December; a past order names Inès", en(first.reason()));
        assertEquals("anniversaire de Inès le 2 décembre ; une commande passée nomme Inès", fr(first.reason()));
    }

    @Test
    void aGarmentTriedTodayAndNotTakenIsSaidPlainly() {
        List<ConversationStarters.Starter> starters = camille(List.of(StoryFixture.triedTheTrench()));
        assertTrue(starters.stream().anyMatch(s -> en(s.text()).equals("Liked the navy trench coat on the hanger today, tried the 38, didn't take it.")),
                starters.toString());
        List<ConversationStarters.Starter> bought = camille(List.of(new ConversationStarters.Handled("p-trench-navy", "38", true, true)));
        assertTrue(bought.stream().noneMatch(s -> s.kind().equals("today")), "bought: nothing to say about it");
    }

    @Test
    void aRecentStorePurchaseIsAQuestionAndInterestsAreHerOwnWords() {
        List<ConversationStarters.Starter> starters = camille(List.of());
        assertTrue(starters.stream().anyMatch(s -> en(s.text()).equals("Bought the grey cashmere sweater in store in August: ask how it wears.")));
        assertTrue(starters.stream().anyMatch(s -> en(s.text()).equals("Loves tailoring.")));
    }

    @Test
    void justBrowsingMeansNoStarterAtAll() {
        assertEquals(List.of(), ConversationStarters.of(StoryFixture.camille(true, List.of(StoryFixture.triedTheTrench())), StoryFixture.TODAY));
    }

    @Test
    void startersNeverTalkMoney() {
        List<ConversationStarters.Starter> starters = camille(List.of(StoryFixture.triedTheTrench()));
        for (ConversationStarters.Starter s : starters) {
            String all = (en(s.text()) + " " + fr(s.text()) + " " + en(s.reason()) + " " + fr(s.reason())).toLowerCase(Locale.ROOT);
            for (String word : List.of("€", "$", "%", "price", "discount", "promo", "sale", "offer", "prix", "remise", "solde", "offre")) {
                assertTrue(!all.contains(word), word + " in " + all);
            }
        }
    }

    @Test
    void datesFarAheadWaitAndATodaysDateSaysToday() {
        ConversationStarters.Story story = new ConversationStarters.Story("Jules", "they", false, null, List.of(),
                List.of(new ConversationStarters.Date("birthday", null, MonthDay.of(11, 23)),
                        new ConversationStarters.Date("birthday", "Max", MonthDay.of(2, 1))), List.of());
        List<ConversationStarters.Starter> starters = ConversationStarters.of(story, StoryFixture.TODAY);
        assertEquals(1, starters.size(), starters.toString());
        assertEquals("Their birthday is today.", en(starters.get(0).text()));
        assertEquals("Son anniversaire est aujourd'hui.", fr(starters.get(0).text()));
    }

    @Test
    void aTwentyNinthOfFebruaryIsMarkedOnTheFirstOfMarchInOtherYears() {
        assertEquals(6, ConversationStarters.daysUntil(MonthDay.of(2, 29), LocalDate.of(2027, 2, 23)));
        assertEquals(0, ConversationStarters.daysUntil(MonthDay.of(2, 29), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void atMostFourStarters() {
        List<ConversationStarters.Handled> many = List.of(StoryFixture.triedTheTrench(), StoryFixture.triedTheTrench(), StoryFixture.triedTheTrench());
        assertEquals(4, camille(many).size());
    }
}
