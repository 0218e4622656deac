package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import io.lien.app.offline.DeviceStore;
import io.lien.app.offline.Outbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Follow-ups per day: late first, then today, tomorrow; set offline, they wait visibly. */
class FollowUpsViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final LienApi api = mock(LienApi.class);
    @TempDir
    Path device;

    private static Dtos.FollowUp followUp(long id, String client, LocalDate due, String text, boolean late) {
        return new Dtos.FollowUp(id, "c-" + id, client, "lea", due.toString(), text, 1, null, late);
    }

    @Test
    void theListIsPerDayWithTheLateOnesFirst() {
        when(api.followUps()).thenReturn(List.of(followUp(1, "Jules Moreau", TODAY.minusDays(2), "Max's gift", true),
                followUp(2, "Camille Laurent", TODAY, "Call when the 38 is back", false),
                followUp(3, "Sophie Martin", TODAY.plusDays(1), "Linen shirts arrive", false)));
        FollowUpsViewModel vm = new FollowUpsViewModel(api, new Outbox(new DeviceStore(device), api), UiThread.inline(), Fixtures.ENGLISH,
                () -> TODAY);
        vm.refresh();
        assertEquals(List.of("Late", "Max's gift", "Today", "Call when the 38 is back", "Tomorrow", "Linen shirts arrive"),
                vm.rows().stream().map(FollowUpsViewModel.Row::text).toList());
        vm.markDone(vm.rows().get(3));
        verify(api).followUpDone(2);
    }

    @Test
    void oneSetWithoutTheNetworkShowsAsWaitingAndGoesWhenItIsBack() {
        when(api.setFollowUp(eq("c-camille"), any())).thenThrow(new ApiException(0, "cannot reach"))
                .thenReturn(followUp(9, "Camille Laurent", TODAY.plusDays(1), "Hold the camel coat", false));
        when(api.followUps()).thenThrow(new ApiException(0, "cannot reach"));
        Outbox outbox = new Outbox(new DeviceStore(device), api);
        FollowUpsViewModel vm = new FollowUpsViewModel(api, outbox, UiThread.inline(), Fixtures.ENGLISH, () -> TODAY);
        vm.startFor("c-camille", "Camille Laurent");
        assertEquals(TODAY.plusDays(1), vm.draftDay().get(), "tomorrow unless said otherwise");
        vm.draftText().set("Hold the camel coat");
        vm.save();
        assertEquals(List.of("Tomorrow", "Hold the camel coat"), vm.rows().stream().map(FollowUpsViewModel.Row::text).toList());
        assertTrue(vm.rows().get(1).waiting());
        assertTrue(outbox.flush());
        verify(api, org.mockito.Mockito.times(2)).setFollowUp(eq("c-camille"), any());
    }

    @Test
    void aFollowUpNeedsADayAndAFewWords() {
        FollowUpsViewModel vm = new FollowUpsViewModel(api, new Outbox(new DeviceStore(device), api), UiThread.inline(), Fixtures.ENGLISH,
                () -> TODAY);
        vm.startFor("c-camille", "Camille Laurent");
        vm.save();
        assertEquals("A follow-up needs a day (today or later) and a few words.", vm.status().get());
        assertTrue(vm.editing().get());
    }
}
