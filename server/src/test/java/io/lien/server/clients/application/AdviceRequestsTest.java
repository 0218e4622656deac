package io.lien.server.clients.application;

import io.lien.server.i18n.Phrase;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdviceRequestsTest {

    private final ClientDirectory clients = mock(ClientDirectory.class);
    private final ProfileAudit audit = mock(ProfileAudit.class);
    private final AdviceRequests requests = new AdviceRequests(clients, audit);

    private static Client saying(Approachability approachability) {
        return new Client("c-1", "Ana", "Roy", "she", null, null, "fr", "email", null, null, true, approachability, null, 0L);
    }

    @Test
    void aClientJustBrowsingWhoCallsAnAdvisorBecomesApproachableAndTheFixtureIsLoggedAsAuthor() {
        when(clients.find("c-1")).thenReturn(Optional.of(saying(Approachability.JUST_BROWSING)));
        assertTrue(requests.askedAtFixture("c-1", "mirror-9"));
        verify(clients).approachability("c-1", Approachability.ADVICE_WELCOME);
        verify(audit).recordDevice(eq("c-1"), eq("mirror-9"), eq(ProfileAccess.Action.CHANGE),
                eq(Phrase.with("audit.approachability.at-fixture", "advice-welcome", "just-browsing", "mirror-9")));
    }

    @Test
    void aClientWhoAlreadySaidSheWouldLikeAdviceIsLeftAsSheIsWithoutALogEntry() {
        when(clients.find("c-1")).thenReturn(Optional.of(saying(Approachability.ADVICE_WELCOME)));
        assertFalse(requests.askedAtFixture("c-1", "mirror-9"));
        verify(clients, never()).approachability(anyString(), any());
        verify(audit, never()).recordDevice(anyString(), anyString(), any(), any());
    }

    @Test
    void aClientErasedMeanwhileIsNotRecreated() {
        when(clients.find("c-gone")).thenReturn(Optional.empty());
        assertFalse(requests.askedAtFixture("c-gone", "mirror-9"));
        verify(clients, never()).approachability(anyString(), any());
    }
}
