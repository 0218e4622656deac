package io.lien.server.shoppers.application;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.shoppers.SavedPiece;
import io.lien.server.shoppers.SavedPieceRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Garments a shopper keeps for later from a mirror's QR code: once per garment (scanning again
 * changes nothing), only garments of the catalogue, in their own space, exported and erased with them.
 */
@Singleton
public class SavedPieces {

    static final int MAX_KEPT = 200;

    private final SavedPieceRepository saved;
    private final DeviceRegistry registry;

    SavedPieces(SavedPieceRepository saved, DeviceRegistry registry) {
        this.saved = saved;
        this.registry = registry;
    }

    /** Keeps the garment; empty when it is no garment of the catalogue or the space is full. */
    public Optional<SavedPiece> keep(String clientId, String productId, @Nullable String size, @Nullable String storeId) {
        if (productId == null || registry.product(productId).isEmpty()) {
            return Optional.empty();
        }
        String store = storeId != null && registry.store(storeId).isPresent() ? storeId : null;
        String kept = size != null && size.length() <= 16 && size.matches("[\\p{L}\\p{N} ./-]+") ? size : null;
        List<SavedPiece> mine = saved.findByClientIdOrderBySavedAtDesc(clientId);
        Optional<SavedPiece> before = mine.stream().filter(p -> p.productId().equals(productId)).findFirst();
        if (before.isPresent() || mine.size() >= MAX_KEPT) {
            return before;
        }
        try {
            return Optional.of(saved.save(new SavedPiece(null, clientId, productId, kept, store, System.currentTimeMillis())));
        } catch (DataAccessException twice) {
            // the same scan posted twice at once: the unique index kept one
            return saved.findByClientIdOrderBySavedAtDesc(clientId).stream().filter(p -> p.productId().equals(productId)).findFirst();
        }
    }

    public List<SavedPiece> of(String clientId) {
        return saved.findByClientIdOrderBySavedAtDesc(clientId);
    }

    public boolean remove(String clientId, long id) {
        return saved.deleteOwn(id, clientId) == 1;
    }

    public void forget(String clientId) {
        saved.deleteByClientId(clientId);
    }
}
