package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class SignInViewModelTest {

    private final LienApi api = mock(LienApi.class);
    private final SignInViewModel vm = new SignInViewModel(uri -> api, UiThread.inline(), Fixtures.ENGLISH);
    private final AtomicReference<Session> session = new AtomicReference<>();

    @Test
    void goodCredentialsOpenASessionForTheAdvisorsStore() {
        Dtos.Me lea = new Dtos.Me("lea", "Léa Dubois", "demo", List.of("ADVISOR"), List.of(PARIS));
        when(api.me()).thenReturn(lea);
        vm.username().set("lea");
        vm.password().set("lien-demo");
        vm.signIn(session::set);
        assertEquals(lea, session.get().me());
        assertEquals("", vm.password().get(), "the password is not kept once used");
        assertFalse(vm.busy().get());
        assertFalse(vm.choosingStore().get(), "one store: nothing to choose");
    }

    static final Dtos.StoreSummary PARIS = new Dtos.StoreSummary("demo", "Lien Démo — Le Marais", "Paris");
    static final Dtos.StoreSummary LYON = new Dtos.StoreSummary("demo-lyon", "Lien Démo — Lyon", "Lyon");

    private void marcSignsIn() {
        when(api.me()).thenReturn(new Dtos.Me("marc", "Marc Lefèvre", "demo", List.of("MANAGER"), List.of(PARIS, LYON)),
                new Dtos.Me("marc", "Marc Lefèvre", "demo-lyon", List.of("MANAGER"), List.of(PARIS, LYON)));
        vm.username().set("marc");
        vm.password().set("lien-demo");
        vm.signIn(session::set);
    }

    @Test
    void aManagerOfTwoStoresPicksTodaysStoreBeforeAnythingOpensTheirOwnFirst() {
        marcSignsIn();
        assertNull(session.get(), "no store opened before the choice");
        assertTrue(vm.choosingStore().get());
        assertEquals(List.of(PARIS, LYON), vm.stores());
        assertEquals("", vm.password().get());
        vm.chooseStore(LYON, session::set);
        verify(api).chooseStore("demo-lyon");
        assertEquals("demo-lyon", session.get().me().storeId());
        assertFalse(vm.choosingStore().get());
        assertTrue(vm.stores().isEmpty());
    }

    @Test
    void aStoreTakenAwayMeanwhileIsSaidPlainlyAndTheOthersStayOnOffer() {
        marcSignsIn();
        when(api.chooseStore("demo-lyon")).thenThrow(new ApiException(403, "{\"detail\":\"not yours\"}"));
        vm.chooseStore(LYON, session::set);
        assertNull(session.get());
        assertEquals("You no longer work in Lien Démo — Lyon: ask the head office.", vm.error().get());
        assertTrue(vm.choosingStore().get());
        assertFalse(vm.busy().get());
    }

    @Test
    void backFromThePickerForgetsTheSignedInAccount() {
        marcSignsIn();
        vm.cancelStoreChoice();
        assertFalse(vm.choosingStore().get());
        vm.chooseStore(PARIS, session::set);
        assertNull(session.get(), "nothing to choose with");
        verify(api, never()).chooseStore(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void wrongCredentialsSaySoPlainly() {
        when(api.signIn("lea", "nope")).thenThrow(new ApiException(401, "{}"));
        vm.username().set("lea");
        vm.password().set("nope");
        vm.signIn(session::set);
        assertNull(session.get());
        assertEquals("Wrong username or password.", vm.error().get());
    }

    @Test
    void anUnreachableServerIsNamed() {
        when(api.signIn("lea", "x")).thenThrow(new ApiException(0, "cannot reach http://nowhere"));
        vm.username().set("lea");
        vm.password().set("x");
        vm.signIn(session::set);
        assertTrue(vm.error().get().startsWith("Cannot reach the server"), vm.error().get());
    }

    @Test
    void nothingIsSentWithoutAUsernameAndPassword() {
        vm.signIn(session::set);
        verify(api, never()).signIn(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());
        assertFalse(vm.canSignIn());
    }
}
