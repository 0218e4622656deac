package io.lien.bench;

import io.lien.protocol.uplink.StoreRegistry;
import io.lien.sim.StoreLayout;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The registry a server would hold for a simulated store (beacons placed on its plan): what a gateway gets for it. */
public final class LayoutRegistry {

    private LayoutRegistry() {
    }

    public static StoreRegistry of(StoreLayout layout) {
        Map<String, String> beacons = layout.zones().stream().filter(z -> z.beaconId() != null)
                .collect(Collectors.toMap(StoreLayout.Zone::beaconId, StoreLayout.Zone::id));
        Map<String, String> readers = layout.readers().stream()
                .collect(Collectors.toMap(StoreLayout.Reader::readerId, StoreLayout.Reader::zoneId));
        Map<String, StoreRegistry.Point> positions = layout.zones().stream().filter(z -> z.beaconId() != null)
                .collect(Collectors.toMap(StoreLayout.Zone::beaconId, z -> new StoreRegistry.Point(z.x(), z.y())));
        return new StoreRegistry(layout.storeId(), Set.copyOf(layout.hangerIds()), beacons, readers, Set.copyOf(layout.fixtures()))
                .withBeaconPositions(positions);
    }
}
