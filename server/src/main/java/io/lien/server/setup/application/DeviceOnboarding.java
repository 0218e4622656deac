package io.lien.server.setup.application;

import io.lien.server.displays.FixturePassRepository;
import io.lien.server.registry.Beacon;
import io.lien.server.registry.BeaconRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.DeviceSecretRepository;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.FixtureRepository;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.HangerRepository;
import io.lien.server.registry.Reader;
import io.lien.server.registry.ReaderRepository;
import io.lien.server.registry.Zone;
import io.lien.server.security.Operator;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registering a beacon, a reader or a fixture in a store (typed or scanned id, the zone it covers, its
 * place on the plan), moving it, and retiring it. An id is a device's for life, in one store, of one
 * kind: registering it again moves it (or brings a retired one back). Retiring keeps the row (signals,
 * visits and taps name it) and drops its secret, so the device can no longer connect. Hangers come in
 * with the garment they carry ({@link HangerAssignment}).
 */
@Singleton
public class DeviceOnboarding {

    public static final List<String> KINDS = List.of("hanger", "beacon", "reader", "fixture");
    public static final List<String> FIXTURE_KINDS = List.of("smart-mirror", "rack-screen");

    /** A device as the manager places it; {@code fixtureKind} for a fixture only. */
    public record DeviceDraft(String kind, String zoneId, @Nullable Double x, @Nullable Double y, @Nullable String fixtureKind) {
    }

    private final DeviceRegistry registry;
    private final BeaconRepository beacons;
    private final ReaderRepository readers;
    private final FixtureRepository fixtures;
    private final HangerRepository hangers;
    private final DeviceSecretRepository secrets;
    private final FixturePassRepository passes;
    private final PlanPlacements placements;
    private final SetupAudit audit;
    private final ApplicationEventPublisher<SetupChanged> changed;

    DeviceOnboarding(DeviceRegistry registry, BeaconRepository beacons, ReaderRepository readers, FixtureRepository fixtures,
                     HangerRepository hangers, DeviceSecretRepository secrets, FixturePassRepository passes,
                     PlanPlacements placements, SetupAudit audit, ApplicationEventPublisher<SetupChanged> changed) {
        this.registry = registry;
        this.beacons = beacons;
        this.readers = readers;
        this.fixtures = fixtures;
        this.hangers = hangers;
        this.secrets = secrets;
        this.passes = passes;
        this.placements = placements;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public SetupOutcome<DeviceState> register(Operator who, String storeId, String deviceId, DeviceDraft draft) {
        if (registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", StoreSetup.cut(storeId));
        }
        if (deviceId == null || !deviceId.matches(StoreSetup.ID)) {
            return SetupOutcome.invalid("problem.setup.device-id", StoreSetup.cut(deviceId));
        }
        if (draft.kind() == null || !KINDS.contains(draft.kind()) || draft.kind().equals("hanger")) {
            return SetupOutcome.invalid("problem.setup.device-kind", StoreSetup.cut(draft.kind()));
        }
        Optional<DeviceState> before = find(deviceId);
        if (before.isPresent() && (!before.get().storeId().equals(storeId) || !before.get().kind().equals(draft.kind()))) {
            return SetupOutcome.clash("problem.setup.device-taken", deviceId, before.get().kind(), before.get().storeId());
        }
        Optional<Zone> zone = registry.zone(draft.zoneId()).filter(z -> z.storeId().equals(storeId) && !z.retired());
        if (zone.isEmpty()) {
            return SetupOutcome.invalid("problem.setup.device-zone", StoreSetup.cut(draft.zoneId()), storeId);
        }
        Optional<String> wrongPlace = placements.wrongPlace(storeId, draft.x(), draft.y());
        if (wrongPlace.isPresent()) {
            return SetupOutcome.invalid("problem.setup.device-place", wrongPlace.get());
        }
        if (draft.kind().equals("fixture") && !FIXTURE_KINDS.contains(draft.fixtureKind())) {
            return SetupOutcome.invalid("problem.setup.fixture-kind", StoreSetup.cut(draft.fixtureKind()), String.join(", ", FIXTURE_KINDS));
        }
        DeviceState after = new DeviceState(deviceId, draft.kind(), storeId, draft.zoneId(), draft.x(), draft.y(),
                draft.kind().equals("fixture") ? draft.fixtureKind() : null, null);
        write(after, before.isPresent());
        audit.record(who, storeId, "device", deviceId, before.isEmpty() ? "created" : before.get().retired() ? "restored" : "changed",
                before.map(DeviceState::audited).orElse(null), after.audited());
        changed.publishEvent(new SetupChanged(storeId));
        return new SetupOutcome.Done<>(after);
    }

    private void write(DeviceState d, boolean exists) {
        switch (d.kind()) {
            case "beacon" -> {
                Beacon b = new Beacon(d.id(), d.storeId(), d.zoneId(), d.x(), d.y(), d.retiredAt());
                if (exists) beacons.update(b); else beacons.save(b);
            }
            case "reader" -> {
                Reader r = new Reader(d.id(), d.storeId(), d.zoneId(), d.x(), d.y(), d.retiredAt());
                if (exists) readers.update(r); else readers.save(r);
            }
            default -> {
                Fixture f = new Fixture(d.id(), d.storeId(), d.zoneId(), d.detail(), d.x(), d.y(), d.retiredAt());
                if (exists) fixtures.update(f); else fixtures.save(f);
            }
        }
    }

    /** Takes a device out of service: it stays in history, loses its secret (and a fixture its screen pass). */
    @Transactional
    public SetupOutcome<DeviceState> retire(Operator who, String storeId, String deviceId) {
        Optional<DeviceState> device = find(deviceId).filter(d -> d.storeId().equals(storeId) && !d.retired());
        if (device.isEmpty()) {
            return SetupOutcome.unknown("problem.no-device", storeId, StoreSetup.cut(deviceId));
        }
        DeviceState d = device.get();
        DeviceState retired = new DeviceState(d.id(), d.kind(), d.storeId(), d.zoneId(), d.x(), d.y(), d.detail(), System.currentTimeMillis());
        if (d.kind().equals("hanger")) {
            Hanger h = registry.hanger(deviceId).orElseThrow();
            hangers.update(new Hanger(h.id(), h.storeId(), h.productId(), h.size(), h.colour(), h.zoneId(), retired.retiredAt()));
        } else {
            write(retired, true);
        }
        secrets.deleteById(deviceId);
        if (d.kind().equals("fixture")) {
            passes.deleteById(deviceId);
        }
        audit.record(who, storeId, "device", deviceId, "retired", d.audited(), null);
        changed.publishEvent(new SetupChanged(storeId));
        return new SetupOutcome.Done<>(retired);
    }

    /** The device with this id, whichever kind and store, retired or not. */
    public Optional<DeviceState> find(String deviceId) {
        Optional<DeviceState> found = registry.hanger(deviceId).map(h -> new DeviceState(h.id(), "hanger", h.storeId(), h.zoneId(),
                null, null, h.productId() + " " + h.size() + " " + h.colour(), h.retiredAt()));
        if (found.isEmpty()) {
            found = registry.beacon(deviceId).map(b -> new DeviceState(b.id(), "beacon", b.storeId(), b.zoneId(), b.xM(), b.yM(), null,
                    b.retiredAt()));
        }
        if (found.isEmpty()) {
            found = registry.reader(deviceId).map(r -> new DeviceState(r.id(), "reader", r.storeId(), r.zoneId(), r.xM(), r.yM(), null,
                    r.retiredAt()));
        }
        if (found.isEmpty()) {
            found = registry.fixture(deviceId).map(f -> new DeviceState(f.id(), "fixture", f.storeId(), f.zoneId(), f.xM(), f.yM(),
                    f.kind(), f.retiredAt()));
        }
        return found;
    }

    /** A device of any kind, as the back office shows and audits it; {@code detail}: a fixture's kind, a hanger's garment. */
    public record DeviceState(String id, String kind, String storeId, String zoneId, @Nullable Double x, @Nullable Double y,
                              @Nullable String detail, @Nullable Long retiredAt) {
        public boolean retired() {
            return retiredAt != null;
        }

        Map<String, Object> audited() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind);
            m.put("zone", zoneId);
            m.put("x", x);
            m.put("y", y);
            m.put("detail", detail);
            return m;
        }
    }
}
