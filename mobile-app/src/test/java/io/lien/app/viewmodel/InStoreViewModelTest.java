package io.lien.app.viewmodel;

import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class InStoreViewModelTest {

    private final LienApi api = mock(LienApi.class);

    @Test
    void listsConsentingClientsAndCountsEveryoneElse() {
        long now = 10 * 60_000L;
        when(api.live("demo")).thenReturn(Fixtures.storeWithCamilleAndTwoAnonymous(now - 7 * 60_000L));
        InStoreViewModel vm = new InStoreViewModel(api, "demo", UiThread.inline(), Fixtures.ENGLISH, () -> now);
        vm.refresh();
        assertEquals(1, vm.present().size());
        InStoreViewModel.Present camille = vm.present().get(0);
        assertEquals("Camille Laurent", camille.name());
        assertEquals("Coats · in store for 7 min", camille.where());
        assertEquals("Just browsing", camille.approachability());
        assertEquals("3 shoppers in store, 2 anonymous", vm.summary().get());
        assertEquals("Gift hunt", camille.visitSoFar());
        assertEquals("looked at gifts", camille.why());
    }

    @Test
    void saysItInFrenchToo() {
        long now = 60_000L;
        when(api.live("demo")).thenReturn(Fixtures.storeWithCamilleAndTwoAnonymous(0, "manteaux"));
        InStoreViewModel vm = new InStoreViewModel(api, "demo", UiThread.inline(), Fixtures.FRENCH, () -> now);
        vm.refresh();
        assertEquals("Manteaux · en boutique depuis 1 min", vm.present().get(0).where());
        assertEquals("Je regarde seulement", vm.present().get(0).approachability());
        assertEquals("3 personnes en boutique, dont 2 anonymes", vm.summary().get());
    }
}
