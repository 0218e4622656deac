package io.lien.server.visits;

import io.lien.server.settings.VisitSettings;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.PhraseWording;
import io.lien.server.registry.Product;
import io.lien.server.registry.Zone;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Visits and the touched → carried → tried → bought funnel, read back for people. */
@Singleton
public class VisitInsights {

    private final VisitRepository visits;
    private final VisitZoneRepository zones;
    private final HandlingRepository handlings;
    private final ClientDirectory clients;
    private final DeviceRegistry registry;
    private final long boughtWithinMs;
    private final VisitTypologies typologies;
    private final PhraseWording wording;

    VisitInsights(VisitRepository visits, VisitZoneRepository zones, HandlingRepository handlings, ClientDirectory clients,
                  DeviceRegistry registry, VisitSettings settings, VisitTypologies typologies, PhraseWording wording) {
        this.typologies = typologies;
        this.wording = wording;
        this.visits = visits;
        this.zones = zones;
        this.handlings = handlings;
        this.clients = clients;
        this.registry = registry;
        this.boughtWithinMs = Duration.ofDays(settings.boughtWithinDays()).toMillis();
    }

    /** Visits that began in [from, to), oldest first. */
    public List<VisitReport.Summary> visits(String storeId, long from, long to, long now, Locale reader) {
        List<Visit> found = visits.findByStoreIdAndStartedAtBetweenOrderByStartedAtAsc(storeId, from, to - 1);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Visit::id).toList();
        Map<Long, List<VisitZone>> zonesByVisit = new LinkedHashMap<>();
        zones.staysOf(ids).forEach(z -> zonesByVisit.computeIfAbsent(z.visitId(), k -> new ArrayList<>()).add(z));
        Map<Long, List<Handling>> handledByVisit = new LinkedHashMap<>();
        handlings.findByVisitIdInOrderByStartedAtAsc(ids).forEach(h -> handledByVisit.computeIfAbsent(h.visitId(), k -> new ArrayList<>()).add(h));
        return found.stream().map(v -> {
            List<VisitReport.ProductStages> products = products(v, handledByVisit.getOrDefault(v.id(), List.of()), reader);
            int zoneCount = (int) zonesByVisit.getOrDefault(v.id(), List.of()).stream().map(VisitZone::zoneId).distinct().count();
            return new VisitReport.Summary(v.id(), v.clientId(), name(v.clientId()), v.startedAt(), v.endedAt(),
                    duration(v, now), zoneCount, stages(products), typologies(v, duration(v, now), products, reader));
        }).toList();
    }

    public Optional<VisitReport.Detail> visit(long id, long now, Locale reader) {
        return visits.findById(id).map(v -> {
            List<VisitReport.ProductStages> products = products(v, handlings.findByVisitIdOrderByStartedAtAsc(v.id()), reader);
            return new VisitReport.Detail(v.id(), v.storeId(), v.clientId(), name(v.clientId()), v.startedAt(), v.endedAt(),
                    duration(v, now), zones.staysOf(v.id()).stream().map(z -> stay(z, v, now, reader))
                    .toList(), products, typologies(v, duration(v, now), products, reader));
        });
    }

    /** What kind of visit it was, as the rules label it (phrases, not yet words); nothing for an unknown visit. */
    List<io.lien.server.visits.model.VisitTypology.Label> labels(long visitId) {
        return visits.findById(visitId).map(v -> {
            long now = v.endedAt() != null ? v.endedAt() : v.lastSeenAt();
            List<VisitReport.ProductStages> products = products(v, handlings.findByVisitIdOrderByStartedAtAsc(v.id()), java.util.Locale.ENGLISH);
            return typologies.of(v, duration(v, now), products);
        }).orElse(List.of());
    }

    private List<VisitReport.Typology> typologies(Visit v, long durationMs, List<VisitReport.ProductStages> products, Locale reader) {
        return typologies.of(v, durationMs, products).stream()
                .map(l -> new VisitReport.Typology(l.code(), wording.word(l.evidence(), reader))).toList();
    }

    /** What the client handled in the visits they started since {@code since} (today's, for a selection). */
    public List<VisitReport.ProductStages> handledSince(String clientId, long since, Locale reader) {
        List<VisitReport.ProductStages> out = new ArrayList<>();
        for (Visit v : visits.findByClientIdOrderByStartedAtDesc(clientId)) {
            if (v.startedAt() < since) {
                break;
            }
            products(v, handlings.findByVisitIdOrderByStartedAtAsc(v.id()), reader).stream()
                    .filter(p -> out.stream().noneMatch(o -> o.productId().equals(p.productId()))).forEach(out::add);
        }
        return out;
    }

    /** What the client's visit in progress looks like so far; nothing when they have none open. */
    public List<VisitReport.Typology> soFar(String clientId, long now, Locale reader) {
        return visits.findFirstByClientIdAndEndedAtIsNullOrderByStartedAtDesc(clientId).map(v -> {
            List<VisitReport.ProductStages> products = products(v, handlings.findByVisitIdOrderByStartedAtAsc(v.id()), reader);
            return typologies(v, duration(v, now), products, reader);
        }).orElse(List.of());
    }

    public Optional<String> storeOf(long visitId) {
        return visits.findById(visitId).map(Visit::storeId);
    }

    public VisitReport.Funnel funnel(String storeId, long from, long to, String fromLabel, String toLabel, Locale reader) {
        List<VisitReport.ProductRow> rows = handlings.funnel(storeId, from, to, boughtWithinMs).stream().map(f -> {
            Optional<Product> p = registry.product(f.productId());
            return new VisitReport.ProductRow(f.productId(), p.map(n -> n.name(reader)).orElse(f.productId()),
                    f.touched(), f.carried(), f.tried(), f.bought());
        }).toList();
        VisitReport.Stages total = new VisitReport.Stages(rows.stream().mapToLong(VisitReport.ProductRow::touched).sum(),
                rows.stream().mapToLong(VisitReport.ProductRow::carried).sum(),
                rows.stream().mapToLong(VisitReport.ProductRow::tried).sum(),
                rows.stream().mapToLong(VisitReport.ProductRow::bought).sum());
        return new VisitReport.Funnel(storeId, fromLabel, toLabel, total, rows);
    }

    /** How long after a handling an order of the same product counts as bought. */
    public long boughtWithinMs() {
        return boughtWithinMs;
    }

    /** One line per product: the furthest stage any of its handlings reached in the visit. */
    private List<VisitReport.ProductStages> products(Visit v, List<Handling> handled, Locale reader) {
        Map<String, List<Handling>> byProduct = new LinkedHashMap<>();
        handled.forEach(h -> byProduct.computeIfAbsent(h.productId(), k -> new ArrayList<>()).add(h));
        List<ClientEvent> orders = v.clientId() == null ? List.of() : clients.history(v.clientId()).stream()
                .filter(e -> e.kind() == ClientEvent.Kind.ORDER).toList();
        return byProduct.values().stream().map(hs -> {
            Handling first = hs.get(0);
            Handling surest = hs.stream().max((a, b) -> Double.compare(a.confidence(), b.confidence())).orElseThrow();
            Optional<Product> p = registry.product(first.productId());
            boolean bought = hs.stream().anyMatch(h -> h.boughtAt() != null) || orders.stream().anyMatch(e -> first.productId().equals(e.productId())
                    && e.ts() >= first.startedAt() && e.ts() <= first.startedAt() + boughtWithinMs);
            return new VisitReport.ProductStages(first.productId(), p.map(n -> n.name(reader)).orElse(first.productId()), first.size(),
                    hs.stream().anyMatch(h -> h.carriedAt() != null), hs.stream().anyMatch(h -> h.triedAt() != null),
                    bought, surest.attribution(), surest.confidence());
        }).toList();
    }

    private static VisitReport.Stages stages(List<VisitReport.ProductStages> products) {
        return new VisitReport.Stages(products.size(), products.stream().filter(VisitReport.ProductStages::carried).count(),
                products.stream().filter(VisitReport.ProductStages::tried).count(),
                products.stream().filter(VisitReport.ProductStages::bought).count());
    }

    private VisitReport.ZoneStay stay(VisitZone z, Visit v, long now, Locale reader) {
        Optional<Zone> zone = registry.zone(z.zoneId());
        long until = z.leftAt() != null ? z.leftAt() : v.endedAt() != null ? v.endedAt() : now;
        return new VisitReport.ZoneStay(z.zoneId(), zone.map(n -> n.name(reader)).orElse(z.zoneId()), z.enteredAt(), z.leftAt(), Math.max(0, until - z.enteredAt()));
    }

    private static long duration(Visit v, long now) {
        return (v.endedAt() != null ? v.endedAt() : now) - v.startedAt();
    }

    private String name(String clientId) {
        return clientId == null ? null : clients.find(clientId).map(c -> c.firstName() + " " + c.lastName()).orElse(null);
    }
}
