package io.lien.server.setup.application;

import io.lien.server.registry.DeviceRegistry;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A store's devices in service, of every kind, as the back office lists them. */
@Singleton
public class StoreDevices {

    private final DeviceRegistry registry;
    private final DeviceOnboarding devices;
    private final DeviceLife lives;

    StoreDevices(DeviceRegistry registry, DeviceOnboarding devices, DeviceLife lives) {
        this.registry = registry;
        this.devices = devices;
        this.lives = lives;
    }

    /** How many of the store's devices in service (hangers too) are in each state: never, alive, low-battery, silent. */
    public java.util.Map<String, Integer> health(String storeId) {
        java.util.Map<String, DeviceLife.Life> life = lives.of(storeId);
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        of(storeId, true).forEach(d -> counts.merge(DeviceLife.state(life.get(d.id())), 1, Integer::sum));
        return counts;
    }

    /** Beacons, readers and fixtures (and hangers when asked), by kind then id. */
    public List<DeviceOnboarding.DeviceState> of(String storeId, boolean withHangers) {
        List<String> ids = new ArrayList<>();
        registry.beaconsOf(storeId).forEach(b -> ids.add(b.id()));
        registry.readersOf(storeId).forEach(r -> ids.add(r.id()));
        registry.fixturesOf(storeId).forEach(f -> ids.add(f.id()));
        if (withHangers) {
            registry.hangersOf(storeId).forEach(h -> ids.add(h.id()));
        }
        return ids.stream().map(devices::find).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing((DeviceOnboarding.DeviceState d) -> DeviceOnboarding.KINDS.indexOf(d.kind()))
                        .thenComparing(DeviceOnboarding.DeviceState::id)).toList();
    }
}
