package io.lien.server.visits.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.lien.server.visits.model.VisitFixture.MINUTE;
import static io.lien.server.visits.model.VisitFixture.SATURDAY_10H;
import static io.lien.server.visits.model.VisitFixture.anonymous;
import static io.lien.server.visits.model.VisitFixture.earlier;
import static io.lien.server.visits.model.VisitFixture.identified;
import static io.lien.server.visits.model.VisitFixture.trench;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VisitTypologyTest {

    private static List<String> codes(VisitTypology.Evidence e) {
        return VisitTypology.of(e).stream().map(VisitTypology.Label::code).toList();
    }

    @Test
    void aFirstVisitIsADiscovery() {
        List<VisitTypology.Label> labels = VisitTypology.of(identified(40 * MINUTE, List.of("coats", "knitwear", "denim"),
                List.of(), List.of(), List.of(), List.of()));
        assertEquals(List.of("discovery"), labels.stream().map(VisitTypology.Label::code).toList());
        assertEquals("first visit", labels.get(0).evidenceEn());
    }

    @Test
    void twoZonesNeverVisitedBeforeAreADiscoveryTooAndOneIsNot() {
        VisitTypology.Earlier before = earlier(30, Set.of("coats"), Set.of());
        assertEquals(List.of("discovery"), codes(identified(40 * MINUTE, List.of("coats", "knitwear", "denim"), List.of(),
                List.of(before), List.of(), List.of())));
        assertEquals(List.of(), codes(identified(40 * MINUTE, List.of("coats", "knitwear"), List.of(), List.of(before), List.of(), List.of())));
    }

    @Test
    void aShopperArrivingWithAnotherAndWalkingTheSameZonesIsAccompaniedEvenAnonymously() {
        VisitTypology.Other friend = new VisitTypology.Other(SATURDAY_10H + 40_000, Set.of("dresses", "fitting-1", "coats"));
        List<VisitTypology.Label> labels = VisitTypology.of(anonymous(35 * MINUTE, List.of("dresses", "fitting-1"), List.of(friend)));
        assertEquals("accompanied", labels.get(0).code());
        assertEquals("arrived with another shopper (40 s apart), 2 zones together", labels.get(0).evidenceEn());
        VisitTypology.Other stranger = new VisitTypology.Other(SATURDAY_10H + 10 * MINUTE, Set.of("dresses", "fitting-1"));
        assertEquals(List.of(), codes(anonymous(35 * MINUTE, List.of("dresses", "fitting-1"), List.of(stranger))));
    }

    @Test
    void tryingWhatWasHandledOnAnEarlierVisitIsComingBackToTry() {
        List<VisitTypology.Label> labels = VisitTypology.of(identified(30 * MINUTE, List.of("coats", "fitting-1"), List.of(trench(true, false)),
                List.of(earlier(9, Set.of("coats"), Set.of("p-trench-navy"))), List.of(), List.of()));
        assertEquals("come-back-to-try", labels.get(0).code());
        assertEquals("tried the navy trench coat, handled on an earlier visit (2026-11-12)", labels.get(0).evidenceEn());
    }

    @Test
    void handlingGarmentsWithAGiftDateComingIsAGiftHunt() {
        List<VisitTypology.Label> labels = VisitTypology.of(identified(30 * MINUTE, List.of("dresses", "knitwear", "coats"),
                List.of(trench(false, false)), List.of(earlier(40, Set.of("dresses", "knitwear", "coats"), Set.of())), List.of(),
                List.of(new VisitTypology.GiftDate("her daughter Inès", "Inès", 9))));
        assertEquals(List.of("gift-hunt"), labels.stream().map(VisitTypology.Label::code).toList());
        assertEquals("Inès's date is in 9 days (her daughter Inès)", labels.get(0).evidenceEn());
        assertEquals(List.of(), codes(identified(30 * MINUTE, List.of("dresses", "knitwear", "coats"), List.of(trench(false, false)),
                List.of(earlier(40, Set.of("dresses", "knitwear", "coats"), Set.of())), List.of(),
                List.of(new VisitTypology.GiftDate("her daughter Inès", "Inès", 45)))));
    }

    @Test
    void inAndOutInAFewMinutesIsAQuickMission() {
        List<VisitTypology.Label> labels = VisitTypology.of(anonymous(8 * MINUTE, List.of("denim"), List.of()));
        assertEquals("quick-mission", labels.get(0).code());
        assertEquals("8 min, 1 zone, 0 garment(s) in hand", labels.get(0).evidenceEn());
        assertEquals(List.of(), codes(anonymous(8 * MINUTE, List.of("denim", "coats", "dresses"), List.of())));
    }

    @Test
    void theFourthSaturdayMorningInFourMonthsIsARitual() {
        List<VisitTypology.Earlier> saturdays = List.of(earlier(7, Set.of("coats"), Set.of()), earlier(21, Set.of("coats"), Set.of()),
                earlier(35, Set.of("coats"), Set.of()));
        List<VisitTypology.Label> labels = VisitTypology.of(identified(50 * MINUTE, List.of("coats"), List.of(), saturdays, List.of(), List.of()));
        assertEquals(List.of("ritual"), labels.stream().map(VisitTypology.Label::code).toList());
        assertEquals("4th Saturday morning visit in 120 days", labels.get(0).evidenceEn());
        List<VisitTypology.Earlier> wednesdays = List.of(earlier(3, Set.of("coats"), Set.of()), earlier(10, Set.of("coats"), Set.of()),
                earlier(17, Set.of("coats"), Set.of()));
        assertEquals(List.of(), codes(identified(50 * MINUTE, List.of("coats"), List.of(), wednesdays, List.of(), List.of())));
    }

    @Test
    void labelsComeMostTellingFirst() {
        VisitTypology.Other friend = new VisitTypology.Other(SATURDAY_10H - 20_000, Set.of("coats", "fitting-1"));
        assertEquals(List.of("accompanied", "come-back-to-try", "quick-mission"), codes(identified(12 * MINUTE,
                List.of("coats", "fitting-1"), List.of(trench(true, true)), List.of(earlier(5, Set.of("coats", "fitting-1"), Set.of("p-trench-navy"))),
                List.of(friend), List.of())));
    }
}
