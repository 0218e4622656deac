package io.lien.server.audit;

import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
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
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, "card");
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, null);
        audit.of("c-1");
        var order = org.mockito.Mockito.inOrder(repository);
        order.verify(repository, atLeastOnce()).saveAll(anyList());
        order.verify(repository).findByClientIdOrderByTsDescAndIdDesc("c-1");
    }

    @Test
    void aFailingBatchIsWrittenOneByOneSoOnlyTheBadEntryIsLost() {
        doThrow(new IllegalStateException("foreign key")).when(repository).saveAll(anyList());
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, "card");
        audit.record("c-erased", lea, ProfileAccess.Action.VIEW, "card");
        audit.flush();
        verify(repository, times(2)).save(any());
    }

    @Test
    void reasonsAreCutNotRefused() {
        String cut = "x".repeat(ProfileAudit.MAX_REASON);
        audit.record("c-1", lea, ProfileAccess.Action.VIEW, cut + "more");
        org.mockito.ArgumentCaptor<List<ProfileAccess>> saved = org.mockito.ArgumentCaptor.forClass(List.class);
        audit.flush();
        verify(repository).saveAll(saved.capture());
        assertEquals(cut, saved.getValue().get(0).reason());
        assertEquals("Léa Dubois", saved.getValue().get(0).actorName());
    }
}
