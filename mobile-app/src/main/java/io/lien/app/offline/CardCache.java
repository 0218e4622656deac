package io.lien.app.offline;

import io.lien.app.api.Dtos;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last card the tablet saw of each client, so that a card still opens without the network.
 * Copies older than {@link #KEPT} are deleted: a tablet holds a week of cards, not a client book.
 */
public final class CardCache {

    public static final Duration KEPT = Duration.ofDays(7);
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** A card as it was when {@code savedAt}. */
    public record Cached(Dtos.ClientCard card, long savedAt) {
    }

    private final DeviceStore store;

    public CardCache(DeviceStore store) {
        this.store = store;
    }

    public void save(Dtos.ClientCard card, long now) {
        if (!SAFE_ID.matcher(card.id()).matches()) {
            return;
        }
        try {
            store.write("cards/" + card.id() + ".json", new Cached(card, now));
        } catch (IOException e) {
            // the copy is a convenience; the card on screen is the server's
        }
    }

    public Optional<Cached> load(String clientId, long now) {
        if (clientId == null || !SAFE_ID.matcher(clientId).matches()) {
            return Optional.empty();
        }
        return store.<Cached>read("cards/" + clientId + ".json", store.json().constructType(Cached.class))
                .filter(c -> now - c.savedAt() <= KEPT.toMillis());
    }

    /** The server no longer has this client (erased): the tablet's copy goes too. */
    public void forget(String clientId) {
        if (clientId != null && SAFE_ID.matcher(clientId).matches()) {
            try {
                store.delete("cards/" + clientId + ".json");
            } catch (IOException e) {
                // gone at the latest with the weekly purge
            }
        }
    }

    /** Deletes the copies older than a week; the app calls it at start. @return how many */
    public int purge(long now) {
        try (Stream<java.nio.file.Path> files = Files.list(store.dir().resolve("cards"))) {
            int deleted = 0;
            for (java.nio.file.Path f : files.toList()) {
                if (now - Files.getLastModifiedTime(f).toMillis() > KEPT.toMillis()) {
                    Files.deleteIfExists(f);
                    deleted++;
                }
            }
            return deleted;
        } catch (IOException e) {
            return 0;
        }
    }
}
