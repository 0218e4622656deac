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
import static io.lien.server.i18n.WordingFixture.en;
import static io.lien.server.i18n.WordingFixture.fr;
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
        assertEquals("first visit", en(labels.get(0).evidence()));
        assertEquals("première visite", fr(labels.get(0).evidence()));
    }

    @Test
    void twoZonesNeverVisitedBeforeAreADiscoveryTooAndOneIsNot() {
        VisitTypology.Earlier before = earlier(30, Set.of("coats"), Set.of());
        List<VisitTypology.Label> labels = VisitTypology.of(identified(40 * MINUTE, List.of("coats", "knitwear", "denim"), List.of(),
                List.of(before), List.of(), List.of()));
        assertEquals(List.of("discovery"), labels.stream().map(VisitTypology.Label::code).toList());
        assertEquals("first time in Knitwear and Denim", en(labels.get(0).evidence()), "zones by their names, as a list");
        assertEquals("première fois en Mailles et Denim", fr(labels.get(0).evidence()));
        assertEquals(List.of(), codes(identified(40 * MINUTE, List.of("coats", "knitwear"), List.of(), List.of(before), List.of(), List.of())));
    }

    @Test
    void aShopperArrivingWithAnotherAndWalkingTheSameZonesIsAccompaniedEvenAnonymously() {
        VisitTypology.Other friend = new VisitTypology.Other(SATURDAY_10H + 40_000, Set.of("dresses", "fitting-1", "coats"));
        List<VisitTypology.Label> labels = VisitTypology.of(anonymous(35 * MINUTE, List.of("dresses", "fitting-1"), List.of(friend)));
        assertEquals("accompanied", labels.get(0).code());
        assertEquals("arrived with another shopper (40 s apart), 2 zones together", en(labels.get(0).evidence()));
        assertEquals("arrivée avec une autre personne (40 s d'écart), 2 zones ensemble", fr(labels.get(0).evidence()));
        VisitTypology.Other stranger = new VisitTypology.Other(SATURDAY_10H + 10 * MINUTE, Set.of("dresses", "fitting-1"));
        assertEquals(List.of(), codes(anonymous(35 * MINUTE, List.of("dresses", "fitting-1"), List.of(stranger))));
    }

    @Test
    void tryingWhatWasHandledOnAnEarlierVisitIsComingBackToTry() {
        List<VisitTypology.Label> labels = VisitTypology.of(identified(30 * MINUTE, List.of("coats", "fitting-1"), List.of(trench(true, false)),
                List.of(earlier(9, Set.of("coats"), Set.of("p-trench-navy"))), List.of(), List.of()));
        assertEquals("come-back-to-try", labels.get(0).code());
        assertEquals("tried the navy trench coat, handled on an earlier visit (Nov 12, 2026)", en(labels.get(0).evidence()));
        assertEquals("a essayé le trench bleu marine, pris en main lors d'une visite précédente (12 nov. 2026)", fr(labels.get(0).evidence()));
    }

    @Test
    void handlingGarmentsWithAGiftDateComingIsAGiftHunt() {
        List<VisitTypology.Label> labels = VisitTypology.of(identified(30 * MINUTE, List.of("dresses", "knitwear", "coats"),
                List.of(trench(false, false)), List.of(earlier(40, Set.of("dresses", "knitwear", "coats"), Set.of())), List.of(),
                List.of(new VisitTypology.GiftDate("Inès", 9))));
        assertEquals(List.of("gift-hunt"), labels.stream().map(VisitTypology.Label::code).toList());
        assertEquals("Inès's date is in 9 days", en(labels.get(0).evidence()));
        assertEquals("la date de Inès est dans 9 jours", fr(labels.get(0).evidence()), "French all through (it read \"(her daughter Inès)\")");
        assertEquals(List.of(), codes(identified(30 * MINUTE, List.of("dresses", "knitwear", "coats"), List.of(trench(false, false)),
                List.of(earlier(40, Set.of("dresses", "knitwear", "coats"), Set.of())), List.of(),
                List.of(new VisitTypology.GiftDate("Inès", 45)))));
    }

    @Test
    void inAndOutInAFewMinutesIsAQuickMission() {
        List<VisitTypology.Label> labels = VisitTypology.of(anonymous(8 * MINUTE, List.of("denim"), List.of()));
        assertEquals("quick-mission", labels.get(0).code());
        assertEquals("8 min, 1 zone, 0 garments in hand", en(labels.get(0).evidence()));
        assertEquals("8 min, 1 zone, 0 vêtement pris en main", fr(labels.get(0).evidence()), "French plural rules: 0 is singular");
        assertEquals(List.of(), codes(anonymous(8 * MINUTE, List.of("denim", "coats", "dresses"), List.of())));
    }

    @Test
    void theFourthSaturdayMorningInFourMonthsIsARitual() {
        List<VisitTypology.Earlier> saturdays = List.of(earlier(7, Set.of("coats"), Set.of()), earlier(21, Set.of("coats"), Set.of()),
                earlier(35, Set.of("coats"), Set.of()));
        List<VisitTypology.Label> labels = VisitTypology.of(identified(50 * MINUTE, List.of("coats"), List.of(), saturdays, List.of(), List.of()));
        assertEquals(List.of("ritual"), labels.stream().map(VisitTypology.Label::code).toList());
        assertEquals("4th Saturday morning visit in 120 days", en(labels.get(0).evidence()));
        assertEquals("4e visite du samedi matin en 120 jours", fr(labels.get(0).evidence()));
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
