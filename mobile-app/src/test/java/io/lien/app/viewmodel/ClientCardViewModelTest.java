package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ClientCardViewModelTest {

    private final LienApi api = mock(LienApi.class);
    private final ClientCardViewModel vm = new ClientCardViewModel(api, UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);

    @Test
    void showsThePersonAndTheirStoryAcrossChannels() {
        when(api.client("c-camille")).thenReturn(new Dtos.ClientCard("c-camille", "Camille", "Laurent", "fr", "whatsapp",
                "coats 38", "tailoring", "advice-welcome", true,
                List.of(new Dtos.Starter("date", "Inès's birthday is in 9 days.", "L'anniversaire de Inès est dans 9 jours.",
                        "her daughter Inès's birthday is on 2 December", "anniversaire de her daughter Inès le 2 décembre")),
                List.of(new Dtos.TimelineEntry(1_760_000_000_000L, "WEB", "ORDER", "Navy silk scarf", "p-scarf-navy", "TU", 9_500, null))));
        vm.open("c-camille");
        assertTrue(vm.visible().get());
        assertEquals("Camille Laurent", vm.name().get());
        assertEquals("Would like advice", vm.approachability().get());
        assertEquals(1, vm.timeline().size());
        assertEquals("Web", vm.timeline().get(0).channel());
        assertEquals("Order", vm.timeline().get(0).kind());
        assertEquals("", vm.status().get());
        assertEquals(List.of(new ClientCardViewModel.Opening("Inès's birthday is in 9 days.",
                "Because her daughter Inès's birthday is on 2 December")), vm.starters());
        assertEquals("", vm.startersNote().get());
    }

    @Test
    void aClientJustBrowsingHasNoStarterAndTheAdvisorIsToldWhy() {
        when(api.client("c-sophie")).thenReturn(new Dtos.ClientCard("c-sophie", "Sophie", "Martin", "fr", "email", null, null,
                "just-browsing", true, List.of(), List.of()));
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
    void aLineLienWroteItselfReadsInTheAdvisorsLanguage() {
        ClientCardViewModel french = new ClientCardViewModel(api, UiThread.inline(), Fixtures.FRENCH, ZoneOffset.UTC);
        when(api.client("c-camille")).thenReturn(new Dtos.ClientCard("c-camille", "Camille", "Laurent", "fr", "whatsapp", null, null,
                "advice-welcome", true, List.of(), List.of(
                new Dtos.TimelineEntry(1_760_000_000_000L, "STORE", "VISIT", "Visit to Le Marais: Coats", null, null, null,
                        "Visite à Le Marais : Manteaux"),
                new Dtos.TimelineEntry(1_750_000_000_000L, "WEB", "ORDER", "Navy silk scarf", "p-scarf-navy", "TU", 9_500, null))));
        french.open("c-camille");
        assertEquals("Visite à Le Marais : Manteaux", french.timeline().get(0).summary());
        assertEquals("Navy silk scarf", french.timeline().get(1).summary(), "an order reads as it was written");
    }
}
