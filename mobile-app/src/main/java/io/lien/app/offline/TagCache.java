package io.lien.app.offline;

import io.lien.app.api.Dtos;

import java.io.IOException;
import java.util.List;

/** The server's quick tags for notes, kept so that a note takes tags without the network too. */
public final class TagCache {

    private static final String FILE = "note-tags.json";
    private final DeviceStore store;

    public TagCache(DeviceStore store) {
        this.store = store;
    }

    public List<Dtos.NoteTag> load() {
        return store.<List<Dtos.NoteTag>>read(FILE, store.json().getTypeFactory().constructCollectionType(List.class, Dtos.NoteTag.class))
                .orElse(List.of());
    }

    public void save(List<Dtos.NoteTag> tags) {
        try {
            store.write(FILE, tags);
        } catch (IOException e) {
            // the tags come again with the next answer
        }
    }
}
