package io.lien.server.credit.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.lien.server.credit.model.CreditFixture.DEFAULTS;
import static io.lien.server.credit.model.CreditFixture.conversation;
import static io.lien.server.credit.model.CreditFixture.fromSelection;
import static io.lien.server.credit.model.CreditFixture.sale;
import static io.lien.server.credit.model.CreditFixture.selection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreditRulesTest {

    private static Map<String, Integer> percents(CreditRules.Credit credit) {
        return credit.shares().stream().collect(Collectors.toMap(CreditRules.Share::advisor, CreditRules.Share::percent));
    }

    private static long cents(CreditRules.Credit credit) {
        return credit.shares().stream().mapToLong(CreditRules.Share::cents).sum();
    }

    @Test
    void theAdvisorWhoSentTheSelectionItWasPlacedFromGetsAllOfIt() {
        CreditRules.Credit credit = CreditRules.of(fromSelection("s-1", 42_000, "p-trench"), List.of(selection("lea", 3, "s-1", "p-trench")),
                DEFAULTS);
        assertEquals(Map.of("lea", 100), percents(credit));
        assertEquals(42_000, cents(credit));
    }

    @Test
    void aSelectionAndAFittingRoomConversationByTwoAdvisorsSplitSixtyFortyNeverCountedTwice() {
        CreditRules.Credit credit = CreditRules.of(sale(42_000, "p-trench"),
                List.of(selection("lea", 5, "s-1", "p-trench"), conversation("marc", 2)), DEFAULTS);
        assertEquals(Map.of("lea", 60, "marc", 40), percents(credit));
        assertEquals(42_000, cents(credit), "the two parts add up to the order, no more");
        assertEquals(25_200, credit.shares().get(0).cents());
    }

    @Test
    void oneAdvisorWhoDidBothIsCreditedOnceWithAllOfItAndBothReasons() {
        CreditRules.Credit credit = CreditRules.of(sale(10_000, "p-dress"),
                List.of(selection("lea", 5, "s-1", "p-dress"), conversation("lea", 1), conversation("lea", 8)), DEFAULTS);
        assertEquals(Map.of("lea", 100), percents(credit));
        assertEquals(2, credit.shares().get(0).because().size(), "the selection and her latest conversation");
        assertEquals(CreditFixture.ORDER_DAY - CreditFixture.DAY, credit.shares().get(0).because().get(1).ts());
    }

    @Test
    void aConversationOlderThanTheWindowCreditsNobodyAndSaysWhichOneCameTooEarly() {
        CreditRules.Credit credit = CreditRules.of(sale(10_000, "p-dress"), List.of(conversation("marc", 45), conversation("lea", 60)),
                DEFAULTS);
        assertTrue(credit.shares().isEmpty());
        assertEquals("marc", credit.tooEarly().orElseThrow().advisor());
    }

    @Test
    void anOrderOnAnotherDeviceStillCreditsTheSelectionThatHadThePieceButNotOneWithoutIt() {
        CreditRules.Credit credit = CreditRules.of(sale(23_000, "p-dress-emerald"),
                List.of(selection("lea", 4, "s-1", "p-dress-emerald", "p-shirt"), selection("marc", 2, "s-2", "p-trench")), DEFAULTS);
        assertEquals(Map.of("lea", 100), percents(credit));
    }

    @Test
    void aReturnLowersWhatIsCreditedNotTheShares() {
        List<CreditRules.Touch> touches = List.of(selection("lea", 5, "s-1", "p-trench", "p-dress"), conversation("marc", 2));
        CreditRules.Credit whole = CreditRules.of(sale(65_000, "p-trench", "p-dress"), touches, DEFAULTS);
        CreditRules.Credit afterReturn = CreditRules.of(sale(42_000, "p-trench", "p-dress"), touches, DEFAULTS);
        CreditRules.Credit allReturned = CreditRules.of(sale(0, "p-trench", "p-dress"), touches, DEFAULTS);
        assertEquals(percents(whole), percents(afterReturn));
        assertEquals(42_000, cents(afterReturn));
        assertEquals(0, cents(allReturned));
    }

    @Test
    void twoConversationsAndASelectionSplitSixtyTwentyTwenty() {
        CreditRules.Credit credit = CreditRules.of(sale(10_001, "p-dress"),
                List.of(selection("lea", 5, "s-1", "p-dress"), conversation("marc", 2), conversation("ines", 1)), DEFAULTS);
        assertEquals(Map.of("lea", 60, "marc", 20, "ines", 20), percents(credit));
        assertEquals(10_001, cents(credit), "the odd cent goes somewhere, once");
    }

    @Test
    void threeConversationsShareAHundredInWholePercents() {
        CreditRules.Credit credit = CreditRules.of(sale(100, "p"), List.of(conversation("a", 1), conversation("b", 2), conversation("c", 3)),
                DEFAULTS);
        assertEquals(100, credit.shares().stream().mapToInt(CreditRules.Share::percent).sum());
        assertEquals(List.of(34, 33, 33), credit.shares().stream().map(CreditRules.Share::percent).sorted((x, y) -> y - x).toList());
        assertEquals(100, cents(credit));
    }

    @Test
    void whatHappensAfterTheOrderCreditsNobody() {
        CreditRules.Credit credit = CreditRules.of(sale(100, "p"), List.of(conversation("lea", -1), selection("marc", -2, "s", "p")), DEFAULTS);
        assertTrue(credit.shares().isEmpty());
        assertTrue(credit.tooEarly().isEmpty());
    }

    @Test
    void aBrandThatGivesTheSelectionEverythingLeavesTheConversationNothing() {
        CreditRules.Credit credit = CreditRules.of(sale(100, "p"), List.of(selection("lea", 1, "s", "p"), conversation("marc", 1)),
                new CreditRules.Windows(30, 30, 100));
        assertEquals(Map.of("lea", 100), percents(credit), "a 0 % part is no part");
    }
}
