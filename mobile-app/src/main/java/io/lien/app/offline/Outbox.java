package io.lien.app.offline;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Notes and follow-ups the advisor wrote, kept on the tablet until the server has them. Each
 * carries its own request id (the server writes it once however often it is sent) and the time
 * it was written. Sent in the order written; the queue survives the app being closed.
 */
public final class Outbox {

    private static final String FILE = "outbox.json";

    /** One write waiting: {@code kind} "note" (tags, text) or "follow-up" (dueOn, text). */
    public record Item(String requestId, String kind, String clientId, String clientName, long writtenAt,
                       List<String> tags, String text, String dueOn) {

        public static Item note(String clientId, String clientName, List<String> tags, String text, long now) {
            return new Item(UUID.randomUUID().toString(), "note", clientId, clientName, now, List.copyOf(tags), text, null);
        }

        public static Item followUp(String clientId, String clientName, String dueOn, String text, long now) {
            return new Item(UUID.randomUUID().toString(), "follow-up", clientId, clientName, now, List.of(), text, dueOn);
        }
    }

    /** What the queue holds now, and the last write the server refused (with its reason), if any. */
    public record State(List<Item> pending, Item refused, String refusal) {
    }

    private final DeviceStore store;
    private final LienApi api;
    private final List<Item> items = new ArrayList<>();
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private Item refused;
    private String refusal;

    public Outbox(DeviceStore store, LienApi api) {
        this.store = store;
        this.api = api;
        items.addAll(store.<List<Item>>read(FILE, store.json().getTypeFactory().constructCollectionType(List.class, Item.class))
                .orElse(List.of()));
    }

    public void onChange(Consumer<State> listener) {
        listeners.add(listener);
        listener.accept(state());
    }

    public synchronized State state() {
        return new State(List.copyOf(items), refused, refusal);
    }

    /** Keeps it on the tablet first: once this returns, the write is not lost if the app dies. */
    public void add(Item item) {
        synchronized (this) {
            items.add(item);
            persist();
        }
        changed();
    }

    /**
     * Sends what waits, oldest first. Stops at the first that cannot reach the server (the rest
     * wait with it); a write the server refuses is dropped and its reason kept for the advisor.
     * @return true when the queue is empty
     */
    public boolean flush() {
        while (true) {
            Item next;
            synchronized (this) {
                if (items.isEmpty()) {
                    return true;
                }
                next = items.get(0);
            }
            try {
                send(next);
            } catch (ApiException e) {
                if (e.unreachable() || e.status() >= 500 || e.status() == 401) {
                    return false;
                }
                synchronized (this) {
                    refused = next;
                    refusal = e.detail();
                }
            }
            synchronized (this) {
                items.remove(next);
                persist();
            }
            changed();
        }
    }

    private void send(Item item) {
        if (item.kind().equals("note")) {
            api.writeNote(item.clientId(), new Dtos.NewNote(item.tags(), item.text(), item.requestId(), item.writtenAt()));
        } else {
            api.setFollowUp(item.clientId(), new Dtos.NewFollowUp(item.dueOn(), item.text(), item.requestId()));
        }
    }

    private void persist() {
        try {
            store.write(FILE, List.copyOf(items));
        } catch (IOException e) {
            throw new IllegalStateException("The tablet could not keep the note: " + e.getMessage(), e);
        }
    }

    private void changed() {
        State s = state();
        listeners.forEach(l -> l.accept(s));
    }
}
