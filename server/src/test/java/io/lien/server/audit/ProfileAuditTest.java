package io.lien.server.audit;

import io.lien.server.i18n.Phrase;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The access log is written in batches, and nothing recorded is ever skipped. */
class ProfileAuditTest {

    private final ProfileAccessRepository repository = mock(ProfileAccessRepository.class);
    private final ProfileAudit audit = new ProfileAudit(repository);
    private final StaffMember lea = new StaffMember("lea", "Léa Dubois", "demo", Set.of(Roles.ADVISOR));

    @AfterEach
    void close() {
        audit.close();
    }

    @Test
    void readingTheLogWritesWhatIsPendingFirst() {
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, ProfileAudit.because("card", "audit.client-card"));
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, ProfileAudit.because(null, "audit.client-card"));
        audit.of("c-1");
        var order = org.mockito.Mockito.inOrder(repository);
        order.verify(repository, atLeastOnce()).saveAll(anyList());
        order.verify(repository).findByClientIdOrderByTsDescAndIdDesc("c-1");
    }

    @Test
    void aFailingBatchIsWrittenOneByOneSoOnlyTheBadEntryIsLost() {
        doThrow(new IllegalStateException("foreign key")).when(repository).saveAll(anyList());
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, Phrase.of("audit.client-card"));
        audit.record("c-erased", lea, ProfileAccess.Action.VIEW, Phrase.of("audit.client-card"));
        audit.flush();
        verify(repository, times(2)).save(any());
    }

    @Test
    void reasonsAreCutNotRefused() {
        String cut = "x".repeat(ProfileAudit.MAX_REASON);
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, ProfileAudit.because(cut + "more", "audit.client-card"));
        org.mockito.ArgumentCaptor<List<ProfileAccess>> saved = org.mockito.ArgumentCaptor.forClass(List.class);
        audit.flush();
        verify(repository).saveAll(saved.capture());
        assertEquals(cut, ProfileAudit.why(saved.getValue().get(0), Locale.FRENCH), "an advisor's words are kept as typed, in every language");
        assertEquals("Léa Dubois", saved.getValue().get(0).actorName());
    }

    @Test
    void whyLienLookedReadsInTheReadersLanguageAndAnOldRowAsItWasWritten() {
        ProfileAccess card = new ProfileAccess(1L, "c-1", 1, "lea", "Léa Dubois", "ADVISOR", "VIEW", null,
                ProfileAudit.because(" ", "audit.client-card"));
        assertEquals("client card", ProfileAudit.why(card, Locale.ENGLISH));
        assertEquals("fiche client", ProfileAudit.why(card, Locale.FRENCH));
        assertEquals(java.util.Map.of("en", "client card", "fr", "fiche client"), ProfileAudit.whyInEveryLanguage(card));
        ProfileAccess old = new ProfileAccess(2L, "c-1", 1, "lea", "Léa Dubois", "ADVISOR", "VIEW", "her {0} birthday's list", null);
        assertEquals("her {0} birthday's list", ProfileAudit.why(old, Locale.FRENCH));
    }

    @Test
    void aReasonIsOneLine() {
        assertEquals("asked at the desk", ProfileAudit.why(new ProfileAccess(1L, "c-1", 1, "lea", "Léa", "ADVISOR", "VIEW", null,
                ProfileAudit.because("asked\nat the desk", "audit.client-card")), Locale.ENGLISH).replace("  ", " "));
    }
}
