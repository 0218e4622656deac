package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import io.lien.app.offline.DeviceStore;
import io.lien.app.offline.Outbox;
import io.lien.app.offline.TagCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A note in a few taps, kept on the tablet first, sent when the server answers, once. */
class NoteViewModelTest {

    private static final List<Dtos.NoteTag> TAGS = List.of(new Dtos.NoteTag("gift", "Cadeau"),
            new Dtos.NoteTag("waiting-for-size", "Attend une taille"));
    private final LienApi api = mock(LienApi.class);
    @TempDir
    Path device;

    private NoteViewModel note(Outbox outbox) {
        when(api.noteTags()).thenReturn(TAGS);
        NoteViewModel vm = new NoteViewModel(api, outbox, new TagCache(new DeviceStore(device)), UiThread.inline(), Fixtures.ENGLISH,
                () -> 1_790_000_000_000L);
        vm.loadTags();
        return vm;
    }

    @Test
    void twoTapsAndAFewWordsMakeANoteTheServerWritesWithItsTimeAndRequestId() {
        Outbox outbox = new Outbox(new DeviceStore(device), api);
        NoteViewModel vm = note(outbox);
        vm.open("c-camille", "Camille Laurent");
        assertFalse(vm.canSave().get(), "nothing said yet");
        vm.tags().get(1).on().set(true);
        assertTrue(vm.canSave().get());
        vm.text().set("  the 38 in navy  ");
        vm.save();
        ArgumentCaptor<Dtos.NewNote> sent = ArgumentCaptor.forClass(Dtos.NewNote.class);
        verify(api).writeNote(eq("c-camille"), sent.capture());
        assertEquals(List.of("waiting-for-size"), sent.getValue().tags());
        assertEquals("the 38 in navy", sent.getValue().text());
        assertEquals(1_790_000_000_000L, sent.getValue().writtenAt());
        assertEquals("Note saved.", vm.status().get());
        assertTrue(outbox.state().pending().isEmpty());
    }

    @Test
    void withoutTheNetworkTheNoteWaitsOnTheTabletSurvivesARestartAndGoesOnceWithTheSameRequestId() {
        when(api.writeNote(any(), any())).thenThrow(new ApiException(0, "cannot reach")).thenReturn(new Dtos.WrittenNote(1, 1, "x", "lea"));
        NoteViewModel vm = note(new Outbox(new DeviceStore(device), api));
        vm.open("c-camille", "Camille Laurent");
        vm.tags().get(0).on().set(true);
        vm.save();
        assertEquals("Note kept on this tablet; it will be sent when the network is back.", vm.status().get());

        Outbox afterRestart = new Outbox(new DeviceStore(device), api);
        assertEquals(1, afterRestart.state().pending().size(), "the queue is on the tablet, not in memory");
        assertTrue(afterRestart.flush());
        ArgumentCaptor<Dtos.NewNote> sent = ArgumentCaptor.forClass(Dtos.NewNote.class);
        verify(api, times(2)).writeNote(eq("c-camille"), sent.capture());
        assertEquals(sent.getAllValues().get(0).requestId(), sent.getAllValues().get(1).requestId(), "a retry is the same note");
        assertTrue(new Outbox(new DeviceStore(device), api).state().pending().isEmpty());
    }

    @Test
    void aNoteTheServerRefusesLeavesTheQueueWithItsReasonShown() {
        when(api.writeNote(any(), any())).thenThrow(new ApiException(404,
                "{\"status\":404,\"detail\":\"No client c-gone.\"}"));
        Outbox outbox = new Outbox(new DeviceStore(device), api);
        OutboxViewModel status = new OutboxViewModel(outbox, UiThread.inline(), Fixtures.ENGLISH);
        outbox.add(Outbox.Item.note("c-gone", "Gone Client", List.of(), "hello", 1));
        assertEquals("1 note or follow-up waiting for the network", status.waiting().get());
        assertTrue(outbox.flush());
        assertEquals("", status.waiting().get());
        assertEquals("Refused by the server (about Gone Client): No client c-gone.", status.refusal().get());
    }

    @Test
    void theTagsComeFromTheServerAndStayForTheNextTimeOffline() {
        note(new Outbox(new DeviceStore(device), api));
        LienApi away = mock(LienApi.class);
        when(away.noteTags()).thenThrow(new ApiException(0, "cannot reach"));
        NoteViewModel offline = new NoteViewModel(away, new Outbox(new DeviceStore(device), away), new TagCache(new DeviceStore(device)),
                UiThread.inline(), Fixtures.FRENCH, () -> 1L);
        offline.loadTags();
        assertEquals(List.of("Cadeau", "Attend une taille"), offline.tags().stream().map(NoteViewModel.Tag::label).toList());
    }
}
