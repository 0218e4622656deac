package io.lien.server.setup.application;

import io.lien.server.registry.Beacon;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.Reader;
import io.lien.server.registry.Zone;
import io.lien.server.registry.StoreSetupRepository;
import io.lien.server.registry.StoreSetupRow;
import io.lien.server.registry.model.Polygon;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What stands where on a store's plan, and whether a place is inside the store's walls. */
@Singleton
class PlanPlacements {

    private final DeviceRegistry registry;
    private final StoreSetupRepository setups;

    PlanPlacements(DeviceRegistry registry, StoreSetupRepository setups) {
        this.registry = registry;
        this.setups = setups;
    }

    Optional<Polygon> outline(String storeId) {
        return setups.findById(storeId).map(StoreSetupRow::outline).filter(o -> !o.isBlank()).map(Polygon::parse);
    }

    /** Why a point cannot be placed there, if it cannot: outside the plan (with no plan yet, anywhere in 0–1,000 m). */
    Optional<String> wrongPlace(String storeId, Double x, Double y) {
        if (x == null && y == null) {
            return Optional.empty();
        }
        if (x == null || y == null || !Double.isFinite(x) || !Double.isFinite(y) || x < 0 || y < 0
                || x > Polygon.MAX_METRES || y > Polygon.MAX_METRES) {
            return Optional.of("a place is two numbers of metres, x and y, from 0 to " + (int) Polygon.MAX_METRES);
        }
        Optional<Polygon> outline = outline(storeId);
        if (outline.isPresent() && !outline.get().contains(x, y)) {
            return Optional.of(String.format(java.util.Locale.ROOT, "%.2f %.2f is outside the store's plan", x, y));
        }
        return Optional.empty();
    }

    /** What would fall outside this outline: zones drawn, beacons, readers and fixtures placed. */
    List<String> outside(String storeId, Polygon outline) {
        List<String> out = new ArrayList<>();
        for (Zone z : registry.zonesOf(storeId)) {
            if (!z.retired() && z.shape() != null && !outline.encloses(Polygon.parse(z.shape()))) {
                out.add("zone " + z.id());
            }
        }
        for (Beacon b : registry.beaconsOf(storeId)) {
            if (b.xM() != null && !outline.contains(b.xM(), b.yM())) {
                out.add("beacon " + b.id());
            }
        }
        for (Reader r : registry.readersOf(storeId)) {
            if (r.xM() != null && !outline.contains(r.xM(), r.yM())) {
                out.add("reader " + r.id());
            }
        }
        for (Fixture f : registry.fixturesOf(storeId)) {
            if (f.xM() != null && !outline.contains(f.xM(), f.yM())) {
                out.add("fixture " + f.id());
            }
        }
        return out;
    }
}
