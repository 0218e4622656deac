package io.lien.server.advisors;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stores someone may work in — their own first, then those they also cover, in order — and the
 * choice of one of them, which a new token then carries. Read from the database at each choice, so
 * a store taken away from a manager is refused at once, whatever an older token says.
 */
@Singleton
public class StoreChoice {

    /** What came of choosing a store: chosen, or not one of theirs (an unknown store says no more than that). */
    public sealed interface Outcome {
        record Chosen(Advisor advisor, String storeId) implements Outcome {
        }

        record NotYours(String storeId) implements Outcome {
        }
    }

    private final AdvisorRepository advisors;
    private final AdvisorStoreRepository extra;

    StoreChoice(AdvisorRepository advisors, AdvisorStoreRepository extra) {
        this.advisors = advisors;
        this.extra = extra;
    }

    /** Their stores, their own first; empty if the username is unknown. */
    public Optional<List<String>> storesOf(String username) {
        return advisors.findById(username).map(this::storesOf);
    }

    private List<String> storesOf(Advisor a) {
        List<String> stores = new ArrayList<>(List.of(a.storeId()));
        extra.findStoreIdByUsername(a.username()).stream().sorted().filter(s -> !stores.contains(s)).forEach(stores::add);
        return stores;
    }

    public Outcome choose(String username, String storeId) {
        return advisors.findById(username).filter(a -> storesOf(a).contains(storeId))
                .<Outcome>map(a -> new Outcome.Chosen(a, storeId))
                .orElseGet(() -> new Outcome.NotYours(storeId));
    }
}
