package io.lien.server.visits;

import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.model.ConversationStarters;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.visits.model.VisitTypology;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Gathers a visit's evidence from the database and labels it (VisitTypology's rules). */
@Singleton
public class VisitTypologies {

    private static final long DAY = 86_400_000L;

    private final VisitRepository visits;
    private final VisitZoneRepository zones;
    private final HandlingRepository handlings;
    private final ClientDirectory clients;
    private final DeviceRegistry registry;

    VisitTypologies(VisitRepository visits, VisitZoneRepository zones, HandlingRepository handlings, ClientDirectory clients,
                    DeviceRegistry registry) {
        this.visits = visits;
        this.zones = zones;
        this.handlings = handlings;
        this.clients = clients;
        this.registry = registry;
    }

    public List<VisitTypology.Label> of(Visit v, long durationMs, List<VisitReport.ProductStages> products) {
        ZoneId tz = registry.timeZone(v.storeId());
        List<String> mine = zones.staysOf(v.id()).stream().map(VisitZone::zoneId).toList();
        List<VisitTypology.Handled> handled = products.stream().map(p -> new VisitTypology.Handled(p.productId(), p.tried(), p.bought())).toList();
        List<VisitTypology.Other> others = visits.findByStoreIdAndStartedAtBetweenOrderByStartedAtAsc(v.storeId(),
                        v.startedAt() - VisitTypologyWindow.AROUND_MS, v.startedAt() + VisitTypologyWindow.AROUND_MS).stream()
                .filter(o -> !o.id().equals(v.id()))
                .map(o -> new VisitTypology.Other(o.startedAt(), zoneSet(zones.staysOf(o.id()))))
                .toList();
        boolean identified = v.clientId() != null;
        List<VisitTypology.Earlier> earlier = identified ? earlier(v) : List.of();
        List<VisitTypology.GiftDate> dates = identified ? giftDates(v.clientId(), Instant.ofEpochMilli(v.startedAt()).atZone(tz).toLocalDate())
                : List.of();
        return VisitTypology.of(new VisitTypology.Evidence(identified, v.startedAt(), durationMs, mine, handled, earlier, others, dates, tz));
    }

    private List<VisitTypology.Earlier> earlier(Visit v) {
        List<Visit> before = visits.findByClientIdOrderByStartedAtDesc(v.clientId()).stream()
                .filter(b -> b.startedAt() < v.startedAt() && v.startedAt() - b.startedAt() <= VisitTypologyWindow.HISTORY_DAYS * DAY)
                .toList();
        if (before.isEmpty()) {
            return List.of();
        }
        List<Long> ids = before.stream().map(Visit::id).toList();
        Map<Long, Set<String>> zonesOf = new HashMap<>();
        zones.staysOf(ids).forEach(z -> zonesOf.computeIfAbsent(z.visitId(), k -> new HashSet<>()).add(z.zoneId()));
        Map<Long, Set<String>> productsOf = new HashMap<>();
        handlings.findByVisitIdInOrderByStartedAtAsc(ids).forEach(h -> productsOf.computeIfAbsent(h.visitId(), k -> new HashSet<>()).add(h.productId()));
        List<VisitTypology.Earlier> out = new ArrayList<>();
        for (Visit b : before) {
            out.add(new VisitTypology.Earlier(b.startedAt(), zonesOf.getOrDefault(b.id(), Set.of()), productsOf.getOrDefault(b.id(), Set.of())));
        }
        return out;
    }

    private List<VisitTypology.GiftDate> giftDates(String clientId, LocalDate day) {
        return clients.importantDates(clientId).stream().filter(d -> d.person() != null)
                .map(d -> new VisitTypology.GiftDate(Optional.ofNullable(d.personName()).orElse(d.person()),
                        ConversationStarters.daysUntil(MonthDay.of(d.month(), d.day()), day)))
                .sorted((a, b) -> Long.compare(a.inDays(), b.inDays())).toList();
    }

    private static Set<String> zoneSet(List<VisitZone> stays) {
        Set<String> set = new HashSet<>();
        stays.forEach(z -> set.add(z.zoneId()));
        return set;
    }

    /** How far around a visit Lien looks for company, and how far back for the client's earlier visits. */
    static final class VisitTypologyWindow {
        static final long AROUND_MS = 120_000;
        static final long HISTORY_DAYS = 120;

        private VisitTypologyWindow() {
        }
    }
}
