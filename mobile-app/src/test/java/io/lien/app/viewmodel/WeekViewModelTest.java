package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** A manager's week on the tablet: each figure on its line, what people say beside a garment they try and leave, the way to the whole picture. */
class WeekViewModelTest {

    private final LienApi api = mock(LienApi.class);

    private static Dtos.InsightSummary week() {
        return new Dtos.InsightSummary("demo", "2026-11-30", "2026-12-06", 412, 8, 18, 16L, 40, 21, 15,
                List.of(new Dtos.SummaryZone("coats", "coats", 512, 64), new Dtos.SummaryZone("dresses", "dresses", 430, 58)),
                List.of(new Dtos.SummaryGarment("p-dress-floral", "the floral midi dress", 24, 2, List.of("The fabric creases"))),
                40, 3, 37, 45L, 12, List.of(new Dtos.SummaryKind("quick-mission", 170, 41), new Dtos.SummaryKind("discovery", 120, 29)),
                "/insights/stores/demo?from=2026-11-30&to=2026-12-06&lang=en");
    }

    @Test
    void eachFigureHasItsLineAndTheContradictorsAreQuoted() {
        when(api.insightSummary("demo", 7)).thenReturn(week());
        when(api.address("/insights/stores/demo?from=2026-11-30&to=2026-12-06&lang=en"))
                .thenReturn("http://lien.local/insights/stores/demo?from=2026-11-30&to=2026-12-06&lang=en");
        WeekViewModel vm = new WeekViewModel(api, "demo", UiThread.inline(), Fixtures.ENGLISH);
        vm.refresh();
        assertEquals("The last 7 days, Nov 30, 2026 – Dec 6, 2026", vm.title().get());
        assertEquals(new WeekViewModel.Line("Visits", "412", "+8% on the week before · 18% consented to presence"), vm.lines().get(0));
        assertEquals(new WeekViewModel.Line("Where people go", "Coats", "Coats 512 min · Dresses 430 min"), vm.lines().get(2));
        assertEquals(new WeekViewModel.Line("Fitting-room conversion", "21%", "40% of garments handled were tried · before: 15%"),
                vm.lines().get(3));
        assertEquals(new WeekViewModel.Line("Often tried, rarely bought", "The floral midi dress",
                "tried 24 times, bought 2 times after · “The fabric creases”"), vm.lines().get(4));
        assertEquals(new WeekViewModel.Line("Shoppers' calls nobody answered", "3 of 40", "37 moments answered, in 45 s on average"),
                vm.lines().get(5));
        assertTrue(vm.more().get().endsWith("http://lien.local/insights/stores/demo?from=2026-11-30&to=2026-12-06&lang=en"), vm.more().get());
    }

    @Test
    void inFrenchAndWithoutNetworkItSaysSo() {
        when(api.insightSummary("demo", 7)).thenReturn(week());
        WeekViewModel vm = new WeekViewModel(api, "demo", UiThread.inline(), Fixtures.FRENCH);
        vm.refresh();
        assertEquals("Visites", vm.lines().get(0).label());
        assertEquals("+8 % sur la semaine d'avant · 18 % ont consenti à la présence", vm.lines().get(0).detail());
        assertEquals("Mission éclair", vm.lines().get(vm.lines().size() - 1).figure());
        when(api.insightSummary("demo", 7)).thenThrow(new ApiException(0, "cannot reach"));
        vm.refresh();
        assertEquals("Pas de réseau : la semaine revient avec lui.", vm.status().get());
        assertEquals(8, vm.lines().size(), "the last figures stay");
    }
}
