package io.lien.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo store: 40 hangers on five racks, 6 zone beacons, 2 fitting-room readers, a smart
 * mirror, and three shoppers — Camille (consented to presence), an anonymous shopper, and Sophie
 * (consented, "just browsing"). Ids match the server's demo registry.
 */
public final class DemoScenario {

    public static final String CAMILLE_INSTALL = "inst-camille";
    public static final String SOPHIE_INSTALL = "inst-sophie";
    public static final String ANONYMOUS_INSTALL = "inst-7f3a9c";
    /** Camille's navy trench coat, size 38. */
    public static final String NAVY_TRENCH = "h-003";

    private DemoScenario() {
    }

    public static StoreLayout layout(String storeId) {
        return new StoreLayout(storeId,
                List.of(new StoreLayout.Zone("entrance", 0, 0, "b-entrance"),
                        new StoreLayout.Zone("coats", 8, 0, "b-coats"),
                        new StoreLayout.Zone("accessories", 16, 0, "b-accessories"),
                        new StoreLayout.Zone("knitwear", 0, 8, "b-knitwear"),
                        new StoreLayout.Zone("dresses", 8, 8, "b-dresses"),
                        new StoreLayout.Zone("fitting-rooms", 16, 8, "b-fitting"),
                        new StoreLayout.Zone("fitting-1", 14.5, 10, null),
                        new StoreLayout.Zone("fitting-2", 17.5, 10, null)),
                List.of(new StoreLayout.Rack("coats", hangers(1, 10)),
                        new StoreLayout.Rack("knitwear", hangers(11, 20)),
                        new StoreLayout.Rack("dresses", hangers(21, 30)),
                        new StoreLayout.Rack("accessories", hangers(31, 40))),
                List.of(new StoreLayout.Reader("r-fit-1", "fitting-1"), new StoreLayout.Reader("r-fit-2", "fitting-2")),
                List.of("mirror-1"));
    }

    private static List<String> hangers(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            ids.add(String.format("h-%03d", i));
        }
        return ids;
    }

    /** The three shoppers' visit; Camille lifts the navy trench about 13 s in. */
    public static List<Shopper> shoppers() {
        return List.of(
                new Shopper("Camille", CAMILLE_INSTALL, 0, 0, 0, List.of(
                        new Step.WalkTo("coats"), new Step.Wait(6), new Step.Lift(NAVY_TRENCH), new Step.Wait(3),
                        new Step.Press(NAVY_TRENCH, "like"), new Step.WalkTo("fitting-rooms"), new Step.WalkTo("fitting-1"),
                        new Step.Wait(8), new Step.Tap("mirror-1", "other-size", NAVY_TRENCH, "40"), new Step.Wait(10),
                        new Step.WalkTo("fitting-rooms"), new Step.WalkTo("coats"), new Step.PutBack(NAVY_TRENCH),
                        new Step.Wait(4), new Step.WalkTo("entrance"), new Step.Leave())),
                new Shopper("anonymous shopper", ANONYMOUS_INSTALL, 2, 0, 0, List.of(
                        new Step.WalkTo("knitwear"), new Step.Wait(8), new Step.Lift("h-014"), new Step.Wait(6),
                        new Step.PutBack("h-014"), new Step.WalkTo("entrance"), new Step.Leave())),
                new Shopper("Sophie", SOPHIE_INSTALL, 20, 0, 0, List.of(
                        new Step.WalkTo("dresses"), new Step.Wait(6), new Step.Lift("h-024"), new Step.Wait(4),
                        new Step.Press("h-024", "like"), new Step.Wait(2),
                        // help pressed at the hanger: its screen says "asked", then who is coming once an advisor takes it
                        new Step.Press("h-024", "help"), new Step.Wait(8), new Step.PutBack("h-024"), new Step.Wait(5),
                        new Step.WalkTo("entrance"), new Step.Leave())));
    }
}
