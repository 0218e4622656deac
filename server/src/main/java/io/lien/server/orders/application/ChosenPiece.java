package io.lien.server.orders.application;

import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.registry.Store;
import io.lien.server.security.Digests;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.selections.application.OpeningSelection;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a shopper's form names, checked against their selection: the link is live, the size is of a
 * piece in it, the store exists, the form carries its request id. Whatever the page could have
 * been made to send, only what the selection offers goes through.
 */
@Singleton
class ChosenPiece {

    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9-]{8,40}");

    sealed interface Choice {
        /** @param store null when the piece is delivered */
        record Chosen(Selection selection, Client client, Product product, Variant variant, @Nullable Store store, String request)
                implements Choice {
        }

        record NoSelection() implements Choice {
        }

        record Refused(String key, List<Object> values) implements Choice {
            public Refused {
                values = List.copyOf(values);
            }
        }
    }

    private final SelectionRepository selections;
    private final ClientDirectory clients;
    private final DeviceRegistry registry;
    private final VariantRepository variants;

    ChosenPiece(SelectionRepository selections, ClientDirectory clients, DeviceRegistry registry, VariantRepository variants) {
        this.selections = selections;
        this.clients = clients;
        this.registry = registry;
        this.variants = variants;
    }

    /**
     * @param storeId null to deliver; a store's id otherwise
     * @param way try-on, collect or deliver: part of the request, so another choice is another order
     */
    Choice of(String linkId, @Nullable String variantId, @Nullable String storeId, @Nullable String requestId, String way, long now) {
        Optional<Selection> selection = OpeningSelection.wellFormed(linkId) ? selections.findById(linkId) : Optional.empty();
        if (selection.isEmpty() || !OpeningSelection.live(selection.get(), now)) {
            return new Choice.NoSelection();
        }
        Selection s = selection.get();
        if (requestId == null || !REQUEST_ID.matcher(requestId).matches()) {
            return new Choice.Refused("problem.order.request-id", List.of());
        }
        Optional<Variant> variant = variantId == null || variantId.length() > 80 ? Optional.empty() : variants.findById(variantId);
        if (variant.isEmpty() || !s.products().contains(variant.get().productId())) {
            return new Choice.Refused("problem.order.not-in-selection", List.of(String.valueOf(variantId)));
        }
        Optional<Store> store = storeId == null || storeId.length() > 32 ? Optional.empty() : registry.store(storeId);
        if (!way.equals("deliver") && store.isEmpty()) {
            return new Choice.Refused("problem.order.unknown-store", List.of(String.valueOf(storeId)));
        }
        Optional<Client> client = clients.find(s.clientId());
        Optional<Product> product = registry.product(variant.get().productId());
        if (client.isEmpty() || product.isEmpty()) {
            return new Choice.NoSelection();
        }
        String place = way.equals("deliver") ? "web" : storeId;
        // one order per form sent and per choice in it: the same tap twice is one, another size or way is another
        String request = Digests.sha256Hex(s.id() + ":" + requestId + ":" + variant.get().id() + "@" + place + (way.equals("try-on") ? "" : "/" + way));
        return new Choice.Chosen(s, client.get(), product.get(), variant.get(), way.equals("deliver") ? null : store.get(), request);
    }
}
