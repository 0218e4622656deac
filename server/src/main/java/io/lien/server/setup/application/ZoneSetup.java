package io.lien.server.setup.application;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Names;
import io.lien.server.registry.RegistryWrites;
import io.lien.server.registry.Zone;
import io.lien.server.security.Operator;
import io.lien.server.registry.model.Polygon;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store's zones: named in its languages, of a kind (floor, entrance, fitting room, till), inside
 * another zone or not, drawn on the plan. A zone is retired, never deleted (visits went through it),
 * and only once nothing stands in it any more.
 */
@Singleton
public class ZoneSetup {

    /** A zone as the manager describes it; {@code names} by language tag, the store's language at least. */
    public record ZoneDraft(Map<String, String> names, String kind, @Nullable String parentId, @Nullable String shape) {
    }

    private final DeviceRegistry registry;
    private final RegistryWrites writes;
    private final PlanPlacements placements;
    private final SetupAudit audit;
    private final ApplicationEventPublisher<SetupChanged> changed;

    ZoneSetup(DeviceRegistry registry, RegistryWrites writes, PlanPlacements placements, SetupAudit audit,
              ApplicationEventPublisher<SetupChanged> changed) {
        this.registry = registry;
        this.writes = writes;
        this.placements = placements;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public SetupOutcome<Zone> save(Operator who, String storeId, String zoneId, ZoneDraft draft) {
        if (registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", StoreSetup.cut(storeId));
        }
        if (zoneId == null || !zoneId.matches(StoreSetup.ID)) {
            return SetupOutcome.invalid("problem.setup.zone-id", StoreSetup.cut(zoneId));
        }
        Optional<Zone> before = registry.zone(zoneId);
        if (before.isPresent() && !before.get().storeId().equals(storeId)) {
            return SetupOutcome.clash("problem.setup.zone-elsewhere", zoneId);
        }
        Optional<String> wrong = wrong(storeId, zoneId, draft);
        if (wrong.isPresent()) {
            return SetupOutcome.invalid("problem.setup.zone-field", wrong.get());
        }
        Map<String, String> names = new LinkedHashMap<>();
        draft.names().forEach((language, name) -> {
            if (name != null && !name.isBlank()) {
                names.put(language, name.trim());
            }
        });
        String shape = draft.shape() == null || draft.shape().isBlank() ? null : Polygon.parse(draft.shape()).text();
        Zone zone = new Zone(zoneId, storeId, new Names(names), blankToNull(draft.parentId()), draft.kind(), shape, false);
        writes.writeZone(zone);
        audit.record(who, storeId, "zone", zoneId, before.isEmpty() ? "created" : "changed", before.map(ZoneSetup::state).orElse(null),
                state(zone));
        changed.publishEvent(new SetupChanged(storeId));
        return new SetupOutcome.Done<>(zone);
    }

    private Optional<String> wrong(String storeId, String zoneId, ZoneDraft draft) {
        String language = registry.store(storeId).orElseThrow().language();
        if (draft.names() == null || draft.names().getOrDefault(language, "").isBlank()) {
            return Optional.of("a name in the store's language (" + language + ") is needed");
        }
        for (Map.Entry<String, String> e : draft.names().entrySet()) {
            if (!e.getKey().matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") || e.getValue() != null && e.getValue().length() > 80) {
                return Optional.of("names are given by language tag (en, fr), each at most 80 characters");
            }
        }
        if (!Zone.KINDS.contains(draft.kind())) {
            return Optional.of("kind '" + StoreSetup.cut(draft.kind()) + "' is not one of " + Zone.KINDS);
        }
        String parent = blankToNull(draft.parentId());
        if (parent != null) {
            Optional<Zone> p = registry.zone(parent);
            if (parent.equals(zoneId) || p.isEmpty() || !p.get().storeId().equals(storeId) || p.get().retired()) {
                return Optional.of("parent '" + StoreSetup.cut(parent) + "' is not another zone of this store");
            }
            if (p.get().parentId() != null) {
                return Optional.of("zones nest one level deep (a fitting room inside the fitting rooms)");
            }
        }
        if (draft.shape() != null && !draft.shape().isBlank()) {
            try {
                Polygon shape = Polygon.parse(draft.shape());
                Optional<Polygon> outline = placements.outline(storeId);
                if (outline.isPresent() && !outline.get().encloses(shape)) {
                    return Optional.of("the zone's shape goes outside the store's plan");
                }
            } catch (IllegalArgumentException e) {
                return Optional.of("shape: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Retires a zone nothing stands in any more (devices, zones inside it). */
    @Transactional
    public SetupOutcome<Zone> retire(Operator who, String storeId, String zoneId) {
        Optional<Zone> zone = registry.zone(zoneId).filter(z -> z.storeId().equals(storeId) && !z.retired());
        if (zone.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-zone", StoreSetup.cut(zoneId), storeId);
        }
        List<String> inside = new java.util.ArrayList<>();
        registry.zonesOf(storeId).stream().filter(z -> !z.retired() && zoneId.equals(z.parentId())).forEach(z -> inside.add("zone " + z.id()));
        registry.beaconsOf(storeId).stream().filter(b -> b.zoneId().equals(zoneId)).forEach(b -> inside.add("beacon " + b.id()));
        registry.readersOf(storeId).stream().filter(r -> r.zoneId().equals(zoneId)).forEach(r -> inside.add("reader " + r.id()));
        registry.fixturesOf(storeId).stream().filter(f -> f.zoneId().equals(zoneId)).forEach(f -> inside.add("fixture " + f.id()));
        long hangers = registry.hangersOf(storeId).stream().filter(h -> h.zoneId().equals(zoneId)).count();
        if (hangers > 0) {
            inside.add(hangers + " hangers");
        }
        if (!inside.isEmpty()) {
            return SetupOutcome.clash("problem.setup.zone-in-use", zoneId, String.join(", ", inside.stream().limit(8).toList()));
        }
        Zone retired = new Zone(zoneId, storeId, zone.get().names(), zone.get().parentId(), zone.get().kind(), zone.get().shape(), true);
        writes.writeZone(retired);
        audit.record(who, storeId, "zone", zoneId, "retired", state(zone.get()), null);
        changed.publishEvent(new SetupChanged(storeId));
        return new SetupOutcome.Done<>(retired);
    }

    static Map<String, Object> state(Zone z) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", z.names().byLanguage());
        m.put("kind", z.kind());
        m.put("parent", z.parentId());
        m.put("shape", z.shape());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
