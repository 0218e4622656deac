package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The pieces to put aside for shoppers: what, for whom, until when; "Ready" once, a refusal shown as the server says it. */
class ToPutAsideViewModelTest {

    private static final long SUNDAY_19H = 1_796_583_600_000L; // 2026-12-06 19:00 UTC

    private final LienApi api = mock(LienApi.class);

    private static Dtos.ToPutAside emerald(String status) {
        return new Dtos.ToPutAside("o-1", "try-on", status, "c-amara", "Amara Diallo", "p-dress-emerald", "the emerald wrap dress", "38",
                SUNDAY_19H, 1L);
    }

    @Test
    void eachPieceSaysWhatForWhomAndUntilWhenAndReadyTurnsItReady() {
        when(api.toPutAside("demo")).thenReturn(List.of(emerald("held")));
        when(api.ready("demo", "o-1")).thenReturn(emerald("ready"));
        ToPutAsideViewModel vm = new ToPutAsideViewModel(api, "demo", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.refresh();
        ToPutAsideViewModel.Row row = vm.rows().get(0);
        assertEquals("The emerald wrap dress · 38", row.what());
        assertEquals("Amara Diallo · to try on", row.who());
        assertEquals("until Dec 6, 2026, 7:00 PM", row.until().replace('\u202f', ' '));
        assertEquals(false, row.ready());
        vm.ready(row);
        assertEquals(true, vm.rows().get(0).ready());
        assertEquals("Amara Diallo will see it is ready.", vm.status().get());
    }

    @Test
    void aRefusalOrNoNetworkIsSaidAndTheListStays() {
        when(api.toPutAside("demo")).thenReturn(List.of(emerald("held")));
        when(api.ready("demo", "o-1")).thenThrow(new ApiException(409, "Order o-1 is not waiting to be put aside."));
        ToPutAsideViewModel vm = new ToPutAsideViewModel(api, "demo", UiThread.inline(), Fixtures.FRENCH, ZoneOffset.UTC);
        vm.refresh();
        vm.ready(vm.rows().get(0));
        assertEquals("Order o-1 is not waiting to be put aside.", vm.status().get());
        assertEquals(false, vm.rows().get(0).ready());
        assertEquals("jusqu'au 6 déc. 2026 19:00", vm.rows().get(0).until().replace('\u202f', ' '));
        when(api.toPutAside("demo")).thenThrow(new ApiException(0, "cannot reach"));
        vm.refresh();
        assertEquals("Pas de réseau : la liste revient avec lui.", vm.status().get());
        assertEquals(1, vm.rows().size());
    }
}
