package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import io.lien.app.offline.Outbox;
import io.lien.app.offline.TagCache;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * A note in a few taps: quick tags and, if the advisor likes, a few words. It is kept on the
 * tablet first (the outbox) and sent from there, so it is never lost to a missing network.
 */
public final class NoteViewModel {

    /** A quick tag, in the advisor's language, on or off. */
    public record Tag(String code, String label, BooleanProperty on) {
    }

    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final IntegerProperty tagsOn = new SimpleIntegerProperty(0);
    private final BooleanBinding canSave;
    private final LienApi api;
    private final Outbox outbox;
    private final UiThread threads;
    private final I18n i18n;
    private final LongSupplier clock;
    private String clientId;
    private String clientName;

    private final TagCache tagCache;

    public NoteViewModel(LienApi api, Outbox outbox, TagCache tagCache, UiThread threads, I18n i18n, LongSupplier clock) {
        this.tagCache = tagCache;
        this.api = api;
        this.outbox = outbox;
        this.threads = threads;
        this.i18n = i18n;
        this.clock = clock;
        showTags(tagCache.load());
        canSave = Bindings.createBooleanBinding(() -> !text.get().isBlank() || tagsOn.get() > 0, text, tagsOn);
    }

    /** The server's tags, kept on the tablet for the next time the network is away. */
    public void loadTags() {
        threads.background().execute(() -> {
            try {
                List<Dtos.NoteTag> fromServer = api.noteTags();
                tagCache.save(fromServer);
                threads.ui().execute(() -> showTags(fromServer));
            } catch (ApiException e) {
                // offline: the tags kept last time do
            }
        });
    }

    private void showTags(List<Dtos.NoteTag> list) {
        tagsOn.set(0);
        tags.setAll(list.stream().map(t -> {
            Tag tag = new Tag(t.code(), t.name(), new SimpleBooleanProperty(false));
            tag.on().addListener((o, was, now) -> tagsOn.set(tagsOn.get() + (now ? 1 : -1)));
            return tag;
        }).toList());
    }

    public void open(String clientId, String clientName) {
        this.clientId = clientId;
        this.clientName = clientName;
        tags.forEach(t -> t.on().set(false));
        text.set("");
        status.set("");
        visible.set(true);
    }

    /** Kept on the tablet at once, then sent; the status says which it was. */
    public void save() {
        if (!canSave.get() || clientId == null) {
            return;
        }
        List<String> chosen = tags.stream().filter(t -> t.on().get()).map(Tag::code).toList();
        Outbox.Item item = Outbox.Item.note(clientId, clientName, chosen, text.get().strip(), clock.getAsLong());
        outbox.add(item);
        visible.set(false);
        status.set(i18n.t("note.kept"));
        threads.background().execute(() -> {
            boolean sent = outbox.flush();
            threads.ui().execute(() -> status.set(i18n.t(sent ? "note.sent" : "note.waiting")));
        });
    }

    public void cancel() {
        visible.set(false);
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty visible() {
        return visible;
    }

    public BooleanBinding canSave() {
        return canSave;
    }
}
