package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import io.lien.app.offline.CardCache;
import io.lien.app.offline.DeviceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ClientCardViewModelTest {

    private final LienApi api = mock(LienApi.class);
    @TempDir
    Path device;
    private long now = 1_790_000_000_000L;
    private ClientCardViewModel vm;

    @BeforeEach
    void create() {
        vm = new ClientCardViewModel(api, UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC, new CardCache(new DeviceStore(device)), () -> now);
    }

    @Test
    void showsThePersonAndTheirStoryAcrossChannels() {
        when(api.client("c-camille")).thenReturn(Fixtures.card("c-camille", "Camille", "advice-welcome",
                List.of(new Dtos.Starter("date", "Inès's birthday is in 9 days.", "Inès's birthday is on 2 December")),
                List.of(Fixtures.entry(1_760_000_000_000L, "WEB", "ORDER", "Navy silk scarf"))));
        vm.open("c-camille");
        assertTrue(vm.visible().get());
        assertEquals("Camille Laurent", vm.name().get());
        assertEquals("Would like advice", vm.approachability().get());
        assertEquals(1, vm.timeline().size());
        assertEquals("Web", vm.timeline().get(0).channel());
        assertEquals("Order", vm.timeline().get(0).kind());
        assertEquals("", vm.status().get());
        assertEquals(List.of(new ClientCardViewModel.Opening("Inès's birthday is in 9 days.",
                "Because Inès's birthday is on 2 December")), vm.starters());
        assertEquals("", vm.startersNote().get());
        assertEquals(List.of("Birthday · her daughter Inès · 2 Dec · in 9 days"), vm.dates());
        assertEquals(List.of("Brought Amara Diallo · 1 order since"), vm.people());
        assertEquals(List.of("Gift giver — 1 order as a gift in 12 months, latest: Floral midi dress"), vm.relationship());
        assertEquals(List.of("Being recognised in store", "Messaging", "Quiet hours 21:00-08:00"), vm.consents());
        assertEquals(List.of("Credited to you: 60 % · Dec 6, 2026 — 60 %: Léa, who sent the selection it was in on Dec 3, 2026; "
                + "40 %: Marc, who talked with the client in store on Dec 5, 2026"), vm.credits(), "her share first, then who helped and why");
    }

    @Test
    void withoutTheNetworkTheCardOpensFromThisTabletsCopyClearlyMarked() {
        when(api.client("c-camille")).thenReturn(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of()))
                .thenThrow(new ApiException(0, "cannot reach"));
        vm.open("c-camille");
        assertEquals("", vm.offlineNote().get());
        now += 3_600_000;
        vm.open("c-camille");
        assertEquals("Camille Laurent", vm.name().get());
        assertTrue(vm.offlineNote().get().startsWith("No network: this tablet's copy of "), vm.offlineNote().get());
    }

    @Test
    void aClientTheServerNoLongerKnowsLeavesTheTabletsCopiesToo() {
        when(api.client("c-camille")).thenReturn(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of()))
                .thenThrow(new ApiException(404, "{\"detail\":\"No client c-camille.\"}"))
                .thenThrow(new ApiException(0, "cannot reach"));
        vm.open("c-camille");
        vm.open("c-camille");
        assertEquals("Could not open the card: No client c-camille.", vm.status().get());
        vm.open("c-camille");
        assertEquals("No network, and this tablet has no copy of this card yet.", vm.status().get(), "erased: no copy left");
    }

    @Test
    void aCopyOlderThanAWeekIsNotShown() {
        when(api.client("c-camille")).thenReturn(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of()))
                .thenThrow(new ApiException(0, "cannot reach"));
        vm.open("c-camille");
        vm.close();
        now += CardCache.KEPT.toMillis() + 1;
        vm.open("c-camille");
        assertEquals("No network, and this tablet has no copy of this card yet.", vm.status().get());
    }

    @Test
    void aClientJustBrowsingHasNoStarterAndTheAdvisorIsToldWhy() {
        when(api.client("c-sophie")).thenReturn(Fixtures.card("c-sophie", "Sophie", "just-browsing", List.of(), List.of()));
        vm.open("c-sophie");
        assertTrue(vm.starters().isEmpty());
        assertEquals("Just browsing today: no suggestion, let them be.", vm.startersNote().get());
    }

    @Test
    void aFailureIsShownNotThrown() {
        when(api.client("c-x")).thenThrow(new ApiException(404, "No client c-x."));
        vm.open("c-x");
        assertEquals("Could not open the card: No client c-x.", vm.status().get());
        vm.close();
        assertFalse(vm.visible().get());
    }

    @Test
    void linesReadAsTheServerWordedThemInTheAdvisorsLanguageWithTheAppsOwnLabels() {
        ClientCardViewModel french = new ClientCardViewModel(api, UiThread.inline(), Fixtures.FRENCH, ZoneOffset.UTC,
                new CardCache(new DeviceStore(device)), () -> now);
        when(api.client("c-camille")).thenReturn(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of(
                Fixtures.entry(1_760_000_000_000L, "STORE", "VISIT", "Visite à Le Marais : Manteaux"),
                Fixtures.entry(1_750_000_000_000L, "WEB", "ORDER", "Navy silk scarf"))));
        french.open("c-camille");
        assertEquals("Visite à Le Marais : Manteaux", french.timeline().get(0).summary());
        assertEquals("Navy silk scarf", french.timeline().get(1).summary(), "an order reads as it was written");
        assertEquals(List.of("Aime offrir — 1 order as a gift in 12 months, latest: Floral midi dress"), french.relationship(),
                "the label from the app's bundle, the evidence as the server sent it");
    }
}
