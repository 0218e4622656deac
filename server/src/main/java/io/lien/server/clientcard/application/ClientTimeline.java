package io.lien.server.clientcard.application;

import io.lien.server.clients.ClientEvent;
import io.lien.server.community.ProductFeedback;
import io.lien.server.community.ProductFeedbackRepository;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.PhraseWording;
import io.lien.server.registry.Store;
import io.lien.server.visits.Handling;
import io.lien.server.visits.HandlingRepository;
import io.lien.server.visits.Visit;
import io.lien.server.visits.VisitRepository;
import io.lien.server.visits.VisitZone;
import io.lien.server.visits.VisitZoneRepository;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.stock.Variant;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    /** Orders that happened: placed, whatever came of them since. */
    private static final java.util.Set<String> PLACED = java.util.Set.of("held", "ready", "collected", "paid", "released", "cancelled");

    /** One line of the timeline: {@code summary} in the reader's language for lines Lien writes, as written for the others. */
    public record Entry(long ts, String channel, String kind, String summary, String productId, String size,
                        Integer amountCents, String author) {
    }

    /** A line before it is worded. */
    private record Line(long ts, String channel, String kind, Phrase summary, String productId, String size, Integer amountCents,
                        String author) {
        Line(long ts, String channel, String kind, Phrase summary, String productId, String author) {
            this(ts, channel, kind, summary, productId, null, null, author);
        }
    }

    private final VisitRepository visits;
    private final VisitZoneRepository zones;
    private final HandlingRepository handlings;
    private final ProductFeedbackRepository feedback;
    private final DeviceRegistry registry;
    private final SelectionRepository selections;
    private final PhraseWording wording;
    private final ShopperOrders orders;

    ClientTimeline(VisitRepository visits, VisitZoneRepository zones, HandlingRepository handlings,
                   ProductFeedbackRepository feedback, DeviceRegistry registry, SelectionRepository selections,
                   PhraseWording wording, ShopperOrders orders) {
        this.wording = wording;
        this.orders = orders;
        this.selections = selections;
        this.visits = visits;
        this.zones = zones;
        this.handlings = handlings;
        this.feedback = feedback;
        this.registry = registry;
    }

    /** @param history the client's history (orders, returns, notes), as the card already read it */
    public List<Entry> of(String clientId, List<ClientEvent> history, Locale reader) {
        List<Line> all = new ArrayList<>();
        history.forEach(e -> all.add(new Line(e.ts(), e.channel().name(), e.kind().name(), Phrase.verbatim(e.summary()),
                e.productId(), e.size(), e.amountCents(), e.author())));
        visitsOf(clientId, all);
        feedback.findByClientIdOrderByTsDesc(clientId).forEach(f -> all.add(said(f)));
        selections.findByClientIdOrderByCreatedAtDesc(clientId).forEach(s -> selection(s, all));
        orders.ofClient(clientId).forEach(o -> order(o, all));
        all.sort(Comparator.comparingLong(Line::ts).reversed());
        return all.stream().map(l -> new Entry(l.ts(), l.channel(), l.kind(), wording.word(l.summary(), reader), l.productId(),
                l.size(), l.amountCents(), l.author())).toList();
    }

    private void visitsOf(String clientId, List<Line> out) {
        List<Visit> theirs = visits.findByClientIdOrderByStartedAtDesc(clientId);
        if (theirs.isEmpty()) {
            return;
        }
        List<Long> ids = theirs.stream().map(Visit::id).toList();
        Map<Long, Set<String>> zonesOf = new HashMap<>();
        zones.staysOf(ids).forEach(z -> zonesOf.computeIfAbsent(z.visitId(), k -> new LinkedHashSet<>()).add(z.zoneId()));
        Map<Long, List<Handling>> handledOf = new HashMap<>();
        handlings.findByVisitIdInOrderByStartedAtAsc(ids).forEach(h -> handledOf.computeIfAbsent(h.visitId(), k -> new ArrayList<>()).add(h));
        for (Visit v : theirs) {
            String store = registry.store(v.storeId()).map(Store::name).orElse(v.storeId());
            Phrase line = Phrase.of("timeline.visit", Arg.text(store),
                    Arg.zones(List.copyOf(zonesOf.getOrDefault(v.id(), Set.of()))));
            for (Handling h : handledOf.getOrDefault(v.id(), List.of())) {
                if (registry.product(h.productId()).isPresent()) {
                    line = line.plus(Phrase.of(h.triedAt() != null ? "timeline.visit.tried" : "timeline.visit.touched",
                            Arg.product(h.productId()), Arg.text(h.size())));
                }
            }
            out.add(new Line(v.startedAt(), "STORE", "VISIT", line, null, null));
        }
    }

    /** A selection an advisor sent: when it went (or why not), and its first opening as its own line. */
    private void selection(Selection s, List<Line> out) {
        String how = s.channel().equals("withheld") ? "withheld" : s.sentAt() == null ? "waiting" : "sent";
        List<Phrase> pieces = s.products().stream().map(id -> Phrase.of(Phrase.AS_IS, Arg.product(id))).toList();
        Phrase line = Phrase.of("timeline.selection", Arg.text(how), Arg.text(s.channel()), Arg.number(s.products().size()))
                .plus(Phrase.joined(pieces, "list.comma"));
        out.add(new Line(s.sentAt() == null ? s.createdAt() : s.sentAt(), "STORE", "SELECTION", line, s.products().get(0),
                s.advisor()));
        if (s.openedAt() != null) {
            out.add(new Line(s.openedAt(), "WEB", "SELECTION_OPENED", Phrase.of("timeline.selection-opened"), s.products().get(0),
                    s.advisor()));
        }
    }

    /** A piece reserved to try on, bought to collect or delivered (from a selection, on the web): where, and how it stands. */
    private void order(ShopperOrders.WithLines o, List<Line> out) {
        String kind = o.order().kind();
        if (!PLACED.contains(o.order().status())) {
            return; // a cart not paid (being paid, abandoned, failed) is no part of their story
        }
        for (Variant v : o.variants()) {
            String store = registry.store(o.order().storeId()).map(Store::name).orElse(o.order().storeId());
            String key = kind.equals("try-on") ? "timeline.reserved-to-try" : kind.equals("collect") ? "timeline.bought-to-collect"
                    : "timeline.bought-delivered";
            out.add(new Line(o.order().createdAt(), "WEB", kind.equals("try-on") ? "RESERVATION" : "ORDER", Phrase.of(key,
                    Arg.product(v.productId()), Arg.text(v.size()), Arg.text(store), Arg.text(o.order().status())), v.productId(), v.size(),
                    null, null));
        }
    }

    private Line said(ProductFeedback f) {
        if (f.kind().equals("like")) {
            return new Line(f.ts(), "WEB", "FEEDBACK", Phrase.of("timeline.liked", Arg.product(f.productId())), f.productId(), null);
        }
        return new Line(f.ts(), "WEB", "FEEDBACK", Phrase.of("timeline.said", Arg.product(f.productId()), Arg.text(f.tone()),
                Arg.text(f.body())), f.productId(), null);
    }
}
