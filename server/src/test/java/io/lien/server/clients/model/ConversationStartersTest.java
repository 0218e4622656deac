package io.lien.server.clients.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConversationStartersTest {

    private static List<ConversationStarters.Starter> camille(List<ConversationStarters.Handled> today) {
        return ConversationStarters.of(StoryFixture.camille(false, today), StoryFixture.TODAY);
    }

    @Test
    void anUpcomingBirthdayOfSomeoneSheBoughtForComesFirstWithItsEvidence() {
        ConversationStarters.Starter first = camille(List.of()).get(0);
        assertEquals("Bought the floral midi dress for her daughter Inès in May; Inès's birthday is in 9 days.", first.en());
        assertEquals("A acheté la robe midi fleurie pour her daughter Inès en mai ; l'anniversaire de Inès est dans 9 jours.", first.fr());
        assertEquals("her daughter Inès's birthday is on 2 December; a past order names Inès", first.reasonEn());
    }

    @Test
    void aGarmentTriedTodayAndNotTakenIsSaidPlainly() {
        List<ConversationStarters.Starter> starters = camille(List.of(StoryFixture.triedTheTrench()));
        assertTrue(starters.stream().anyMatch(s -> s.en().equals("Liked the navy trench coat on the hanger today, tried the 38, didn't take it.")),
                starters.toString());
        List<ConversationStarters.Starter> bought = camille(List.of(new ConversationStarters.Handled("the navy trench coat",
                "le trench bleu marine", "38", true, true)));
        assertTrue(bought.stream().noneMatch(s -> s.kind().equals("today")), "bought: nothing to say about it");
    }

    @Test
    void aRecentStorePurchaseIsAQuestionAndInterestsAreHerOwnWords() {
        List<ConversationStarters.Starter> starters = camille(List.of());
        assertTrue(starters.stream().anyMatch(s -> s.en().equals("Bought the grey cashmere sweater in store in August: ask how it wears.")));
        assertTrue(starters.stream().anyMatch(s -> s.en().equals("Loves tailoring.")));
    }

    @Test
    void justBrowsingMeansNoStarterAtAll() {
        assertEquals(List.of(), ConversationStarters.of(StoryFixture.camille(true, List.of(StoryFixture.triedTheTrench())), StoryFixture.TODAY));
    }

    @Test
    void startersNeverTalkMoney() {
        List<ConversationStarters.Starter> starters = camille(List.of(StoryFixture.triedTheTrench()));
        for (ConversationStarters.Starter s : starters) {
            String all = (s.en() + " " + s.fr() + " " + s.reasonEn() + " " + s.reasonFr()).toLowerCase(Locale.ROOT);
            for (String word : List.of("€", "$", "%", "price", "discount", "promo", "sale", "offer", "prix", "remise", "solde", "offre")) {
                assertTrue(!all.contains(word), word + " in " + all);
            }
        }
    }

    @Test
    void datesFarAheadWaitAndATodaysDateSaysToday() {
        ConversationStarters.Story story = new ConversationStarters.Story("Jules", "they", false, null, List.of(),
                List.of(new ConversationStarters.Date("birthday", null, null, MonthDay.of(11, 23)),
                        new ConversationStarters.Date("birthday", "their friend Max", "Max", MonthDay.of(2, 1))), List.of());
        List<ConversationStarters.Starter> starters = ConversationStarters.of(story, StoryFixture.TODAY);
        assertEquals(1, starters.size(), starters.toString());
        assertEquals("Their birthday is today.", starters.get(0).en());
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
