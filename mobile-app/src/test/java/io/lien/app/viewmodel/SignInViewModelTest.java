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
        Dtos.Me lea = new Dtos.Me("lea", "Léa Dubois", "demo", List.of("ADVISOR"));
        when(api.me()).thenReturn(lea);
        vm.username().set("lea");
        vm.password().set("lien-demo");
        vm.signIn(session::set);
        assertEquals(lea, session.get().me());
        assertEquals("", vm.password().get(), "the password is not kept once used");
        assertFalse(vm.busy().get());
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
