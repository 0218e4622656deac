package io.lien.server.setup.application;

import io.lien.server.i18n.Languages;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.registry.StoreRepository;
import io.lien.server.security.Operator;
import io.lien.server.registry.StoreSetupRepository;
import io.lien.server.registry.StoreSetupRow;
import io.lien.server.registry.model.OpeningHours;
import io.lien.server.registry.model.Polygon;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opening a store (head office) and keeping its name, city, time zone, language, hours and floor plan (head office or its manager). */
@Singleton
public class StoreSetup {

    static final String ID = "[A-Za-z0-9_-]{1,32}";

    /** A store as head office describes it. */
    public record StoreDetails(String id, String name, String city, String timeZone, String language, @Nullable String openingHours) {
    }

    private final StoreRepository stores;
    private final StoreSetupRepository setups;
    private final DeviceRegistry registry;
    private final PlanPlacements placements;
    private final SetupAudit audit;
    private final ApplicationEventPublisher<SetupChanged> changed;

    StoreSetup(StoreRepository stores, StoreSetupRepository setups, DeviceRegistry registry, PlanPlacements placements,
               SetupAudit audit, ApplicationEventPublisher<SetupChanged> changed) {
        this.stores = stores;
        this.setups = setups;
        this.registry = registry;
        this.placements = placements;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public SetupOutcome<Store> create(Operator who, StoreDetails details) {
        if (details.id() == null || !details.id().matches(ID)) {
            return SetupOutcome.invalid("problem.setup.store-id", cut(details.id()));
        }
        if (stores.existsById(details.id())) {
            return SetupOutcome.clash("problem.setup.store-exists", details.id());
        }
        return write(who, details, null);
    }

    @Transactional
    public SetupOutcome<Store> change(Operator who, String storeId, StoreDetails details) {
        Optional<Store> before = stores.findById(storeId);
        if (before.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", cut(storeId));
        }
        return write(who, new StoreDetails(storeId, details.name(), details.city(), details.timeZone(), details.language(),
                details.openingHours()), before.get());
    }

    private SetupOutcome<Store> write(Operator who, StoreDetails d, @Nullable Store before) {
        Optional<String> wrong = wrongDetail(d);
        if (wrong.isPresent()) {
            return SetupOutcome.invalid("problem.setup.store-field", wrong.get());
        }
        Store store = new Store(d.id(), d.name().trim(), d.city().trim(), d.timeZone(), d.language());
        String hours = d.openingHours() == null || d.openingHours().isBlank() ? null : OpeningHours.parse(d.openingHours()).text();
        Optional<StoreSetupRow> setup = setups.findById(d.id());
        StoreSetupRow row = new StoreSetupRow(d.id(), hours, setup.map(StoreSetupRow::widthM).orElse(null),
                setup.map(StoreSetupRow::depthM).orElse(null), setup.map(StoreSetupRow::outline).orElse(null), System.currentTimeMillis());
        if (before == null) {
            stores.save(store);
            setups.save(row);
        } else {
            stores.update(store);
            if (setup.isPresent()) {
                setups.update(row);
            } else {
                setups.save(row);
            }
        }
        audit.record(who, d.id(), "store", d.id(), before == null ? "created" : "changed",
                before == null ? null : state(before, setup.map(StoreSetupRow::openingHours).orElse(null)), state(store, hours));
        changed.publishEvent(new SetupChanged(d.id()));
        return new SetupOutcome.Done<>(store);
    }

    /** What is wrong with the details, in words, if anything. */
    private static Optional<String> wrongDetail(StoreDetails d) {
        if (d.name() == null || d.name().isBlank() || d.name().length() > 120) {
            return Optional.of("name: 1–120 characters");
        }
        if (d.city() == null || d.city().isBlank() || d.city().length() > 120) {
            return Optional.of("city: 1–120 characters");
        }
        try {
            ZoneId.of(d.timeZone() == null ? "" : d.timeZone());
        } catch (DateTimeException e) {
            return Optional.of("time zone '" + cut(d.timeZone()) + "' is not one (Europe/Paris, America/New_York…)");
        }
        List<String> spoken = Languages.all().spoken().stream().map(java.util.Locale::toLanguageTag).toList();
        if (!spoken.contains(d.language())) {
            return Optional.of("language '" + cut(d.language()) + "' is not one Lien speaks " + spoken);
        }
        if (d.openingHours() != null && !d.openingHours().isBlank()) {
            try {
                OpeningHours.parse(d.openingHours());
            } catch (IllegalArgumentException e) {
                return Optional.of("opening hours: " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** The floor plan: an outline in metres; whatever is already placed must stay inside it. */
    @Transactional
    public SetupOutcome<Polygon> plan(Operator who, String storeId, String outlineText) {
        if (registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", cut(storeId));
        }
        Polygon outline;
        try {
            outline = Polygon.parse(outlineText);
        } catch (IllegalArgumentException e) {
            return SetupOutcome.invalid("problem.setup.outline", e.getMessage());
        }
        List<String> outside = placements.outside(storeId, outline);
        if (!outside.isEmpty()) {
            return SetupOutcome.clash("problem.setup.would-be-outside", String.join(", ", outside.stream().limit(8).toList()));
        }
        Optional<StoreSetupRow> before = setups.findById(storeId);
        StoreSetupRow row = new StoreSetupRow(storeId, before.map(StoreSetupRow::openingHours).orElse(null), outline.maxX(),
                outline.maxY(), outline.text(), System.currentTimeMillis());
        if (before.isPresent()) {
            setups.update(row);
        } else {
            setups.save(row);
        }
        audit.record(who, storeId, "plan", storeId, before.map(StoreSetupRow::outline).isPresent() ? "changed" : "created",
                before.map(StoreSetupRow::outline).orElse(null), outline.text());
        changed.publishEvent(new SetupChanged(storeId));
        return new SetupOutcome.Done<>(outline);
    }

    /** The store's outline, once drawn. */
    public Optional<Polygon> outline(String storeId) {
        return setups.findById(storeId).map(StoreSetupRow::outline).filter(o -> !o.isBlank()).map(Polygon::parse);
    }

    public Optional<String> openingHours(String storeId) {
        return setups.findById(storeId).map(StoreSetupRow::openingHours);
    }

    private static Map<String, Object> state(Store s, @Nullable String hours) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("city", s.city());
        m.put("timeZone", s.timeZone());
        m.put("language", s.language());
        m.put("openingHours", hours);
        return m;
    }

    static String cut(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
