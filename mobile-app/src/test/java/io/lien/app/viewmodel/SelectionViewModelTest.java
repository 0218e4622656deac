package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** What the client handled today is one tap away; the server's answer is said in words. */
class SelectionViewModelTest {

    private final LienApi api = mock(LienApi.class);
    private final SelectionViewModel vm = new SelectionViewModel(api, UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);

    SelectionViewModelTest() {
        when(api.products()).thenReturn(List.of(new Dtos.Product("p-scarf-navy", "the navy silk scarf", "accessory", null, 9_500),
                new Dtos.Product("p-trench-navy", "the navy trench coat", "coat", null, 42_000)));
    }

    @Test
    void todaysPiecesComeFirstOnceAndTheCatalogueAfter() {
        vm.open(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of()));
        assertEquals("A selection for Camille", vm.title().get());
        assertEquals(List.of("Navy trench coat", "Navy silk scarf"), vm.candidates().stream().map(SelectionViewModel.Candidate::label).toList());
        assertTrue(vm.candidates().get(0).today());
        assertEquals("tried today in 38", vm.candidates().get(0).detail());
        assertFalse(vm.canSend().get(), "nothing picked yet");
    }

    @Test
    void aSentSelectionSaysByWhichChannelAndARetryKeepsItsRequestId() {
        vm.open(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of()));
        vm.candidates().get(0).picked().set(true);
        vm.message().set("For Inès's birthday?");
        when(api.sendSelection(eq("c-camille"), any())).thenThrow(new ApiException(0, "cannot reach"))
                .thenReturn(new Dtos.SentSelection("abc", "http://x/s/abc", List.of("p-trench-navy"), null, "lea", "whatsapp", 1, 1, 2L, null));
        vm.send();
        assertEquals("A selection needs the network: Lien checks the client's consent before sending.", vm.status().get());
        assertTrue(vm.visible().get(), "still open to try again");
        vm.send();
        assertEquals("Sent to Camille by messaging.", vm.status().get());
        assertFalse(vm.visible().get());
        ArgumentCaptor<Dtos.NewSelection> sent = ArgumentCaptor.forClass(Dtos.NewSelection.class);
        verify(api, org.mockito.Mockito.times(2)).sendSelection(eq("c-camille"), sent.capture());
        assertEquals(sent.getAllValues().get(0).requestId(), sent.getAllValues().get(1).requestId());
        assertEquals(List.of("p-trench-navy"), sent.getValue().productIds());
        assertEquals("For Inès's birthday?", sent.getValue().message());
    }

    @Test
    void duringQuietHoursItSaysWhenItWillGoAndARefusalGivesTheServersReason() {
        vm.open(Fixtures.card("c-camille", "Camille", "advice-welcome", List.of(), List.of()));
        vm.candidates().get(1).picked().set(true);
        when(api.sendSelection(eq("c-camille"), any()))
                .thenReturn(new Dtos.SentSelection("abc", "l", List.of("p-scarf-navy"), null, "lea", "whatsapp", 1, 8 * 3_600_000L, null, null));
        vm.send();
        assertEquals("Goes to Camille by messaging at 08:00, after their quiet hours.", vm.status().get());

        vm.open(Fixtures.card("c-jules", "Jules", "not-said", List.of(), List.of()));
        vm.candidates().get(1).picked().set(true);
        when(api.sendSelection(eq("c-jules"), any())).thenThrow(new ApiException(409,
                "{\"detail\":\"Jules: The client has not agreed to hear from the brand by e-mail, messaging or SMS\"}"));
        vm.send();
        assertTrue(vm.status().get().startsWith("Jules: The client has not agreed"), vm.status().get());
    }
}
