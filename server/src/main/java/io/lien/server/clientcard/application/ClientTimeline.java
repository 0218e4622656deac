package io.lien.server.clientcard.application;

import io.lien.server.clients.ClientEvent;
import io.lien.server.community.ProductFeedback;
import io.lien.server.community.ProductFeedbackRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.registry.Store;
import io.lien.server.registry.Zone;
import io.lien.server.visits.Handling;
import io.lien.server.visits.HandlingRepository;
import io.lien.server.visits.Visit;
import io.lien.server.visits.VisitRepository;
import io.lien.server.visits.VisitZone;
import io.lien.server.visits.VisitZoneRepository;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One timeline across every channel: orders, returns and notes (the client's history), store
 * visits with the zones and what was touched and tried, selections sent and opened, and what
 * they said about products —
 * newest first. A constant number of queries whatever the length (the card opens fast).
 */
@Singleton
public class ClientTimeline {

    /** One line of the timeline; {@code summaryFr} for lines Lien writes itself. */
    public record Entry(long ts, String channel, String kind, String summary, String summaryFr, String productId, String size,
                        Integer amountCents, String author) {
    }

    private final VisitRepository visits;
    private final VisitZoneRepository zones;
    private final HandlingRepository handlings;
    private final ProductFeedbackRepository feedback;
    private final DeviceRegistry registry;
    private final SelectionRepository selections;

    ClientTimeline(VisitRepository visits, VisitZoneRepository zones, HandlingRepository handlings,
                   ProductFeedbackRepository feedback, DeviceRegistry registry, SelectionRepository selections) {
        this.selections = selections;
        this.visits = visits;
        this.zones = zones;
        this.handlings = handlings;
        this.feedback = feedback;
        this.registry = registry;
    }

    /** @param history the client's history (orders, returns, notes), as the card already read it */
    public List<Entry> of(String clientId, List<ClientEvent> history) {
        List<Entry> all = new ArrayList<>();
        history.forEach(e -> all.add(new Entry(e.ts(), e.channel().name(), e.kind().name(), e.summary(), null,
                e.productId(), e.size(), e.amountCents(), e.author())));
        visitsOf(clientId, all);
        feedback.findByClientIdOrderByTsDesc(clientId).forEach(f -> all.add(said(f)));
        selections.findByClientIdOrderByCreatedAtDesc(clientId).forEach(s -> selection(s, all));
        all.sort(Comparator.comparingLong(Entry::ts).reversed());
        return all;
    }

    private void visitsOf(String clientId, List<Entry> out) {
        List<Visit> theirs = visits.findByClientIdOrderByStartedAtDesc(clientId);
        if (theirs.isEmpty()) {
            return;
        }
        List<Long> ids = theirs.stream().map(Visit::id).toList();
        Map<Long, Set<String>> zonesOf = new HashMap<>();
        zones.findByVisitIdInOrderByEnteredAtAsc(ids).forEach(z -> zonesOf.computeIfAbsent(z.visitId(), k -> new LinkedHashSet<>()).add(z.zoneId()));
        Map<Long, List<Handling>> handledOf = new HashMap<>();
        handlings.findByVisitIdInOrderByStartedAtAsc(ids).forEach(h -> handledOf.computeIfAbsent(h.visitId(), k -> new ArrayList<>()).add(h));
        for (Visit v : theirs) {
            String store = registry.store(v.storeId()).map(Store::name).orElse(v.storeId());
            List<String> zoneEn = new ArrayList<>();
            List<String> zoneFr = new ArrayList<>();
            for (String z : zonesOf.getOrDefault(v.id(), Set.of())) {
                zoneEn.add(registry.zone(z).map(Zone::nameEn).orElse(z));
                zoneFr.add(registry.zone(z).map(Zone::nameFr).orElse(z));
            }
            StringBuilder en = new StringBuilder("Visit to " + store + ": " + String.join(", ", zoneEn));
            StringBuilder fr = new StringBuilder("Visite à " + store + " : " + String.join(", ", zoneFr));
            for (Handling h : handledOf.getOrDefault(v.id(), List.of())) {
                registry.product(h.productId()).ifPresent(p -> {
                    en.append(h.triedAt() != null ? "; tried " : "; touched ").append(p.nameEn()).append(" (").append(h.size()).append(')');
                    fr.append(h.triedAt() != null ? " ; a essayé " : " ; a pris en main ").append(p.nameFr()).append(" (").append(h.size()).append(')');
                });
            }
            out.add(new Entry(v.startedAt(), "STORE", "VISIT", en.toString(), fr.toString(), null, null, null, null));
        }
    }

    /** A selection an advisor sent: when it went (or why not), and its first opening as its own line. */
    private void selection(Selection s, List<Entry> out) {
        List<String> en = new ArrayList<>();
        List<String> fr = new ArrayList<>();
        for (String id : s.products()) {
            en.add(registry.product(id).map(Product::nameEn).orElse(id));
            fr.add(registry.product(id).map(Product::nameFr).orElse(id));
        }
        String pieces = " (" + s.products().size() + "): ";
        String how = s.channel().equals("withheld") ? " — not sent, consent withdrawn" : s.sentAt() == null ? " — goes by " + s.channel()
                + " after quiet hours" : " by " + s.channel();
        String howFr = s.channel().equals("withheld") ? " — non envoyée, consentement retiré" : s.sentAt() == null ? " — part par "
                + s.channel() + " après les heures calmes" : " par " + s.channel();
        out.add(new Entry(s.sentAt() == null ? s.createdAt() : s.sentAt(), "STORE", "SELECTION", "Selection sent" + how + pieces
                + String.join(", ", en), "Sélection envoyée" + howFr + " (" + s.products().size() + ") : " + String.join(", ", fr),
                s.products().get(0), null, null, s.advisor()));
        if (s.openedAt() != null) {
            out.add(new Entry(s.openedAt(), "WEB", "SELECTION_OPENED", "Opened the selection", "A ouvert la sélection",
                    s.products().get(0), null, null, s.advisor()));
        }
    }

    private Entry said(ProductFeedback f) {
        String en = registry.product(f.productId()).map(Product::nameEn).orElse(f.productId());
        String fr = registry.product(f.productId()).map(Product::nameFr).orElse(f.productId());
        if (f.kind().equals("like")) {
            return new Entry(f.ts(), "WEB", "FEEDBACK", "Liked " + en, "A aimé " + fr, f.productId(), null, null, null);
        }
        return new Entry(f.ts(), "WEB", "FEEDBACK", "Said of " + en + " (" + f.tone() + "): “" + f.body() + "”",
                "A dit de " + fr + " (" + f.tone() + ") : « " + f.body() + " »", f.productId(), null, null, null);
    }
}
