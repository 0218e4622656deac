package io.lien.sim;

import java.util.List;

/** A store and the shoppers of each round the simulator plays in it. */
public interface Scenario {

    StoreLayout layout();

    List<Shopper> shoppers(long round);

    static Scenario demo(String storeId) {
        StoreLayout layout = DemoScenario.layout(storeId);
        return new Scenario() {
            public StoreLayout layout() {
                return layout;
            }

            public List<Shopper> shoppers(long round) {
                return DemoScenario.shoppers();
            }
        };
    }

    /** The protocol page's large store: 3,000 hangers, 60 beacons, 20 readers, 10 fixtures. */
    static Scenario large(String storeId, int shoppers, int arrivalSpreadSeconds) {
        StoreLayout layout = LargeStore.layout(storeId, 60, 3_000, 20, 10);
        return new Scenario() {
            public StoreLayout layout() {
                return layout;
            }

            public List<Shopper> shoppers(long round) {
                return LargeStore.shoppers(layout, shoppers, arrivalSpreadSeconds, 1_000 + round);
            }
        };
    }
}
