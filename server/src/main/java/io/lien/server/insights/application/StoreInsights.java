package io.lien.server.insights.application;

import io.lien.server.community.CommunityVoice;
import io.lien.server.insights.infrastructure.RollupReads;
import io.lien.server.insights.model.ChannelFigures;
import io.lien.server.insights.model.GarmentFigure;
import io.lien.server.insights.model.TeamFigures;
import io.lien.server.insights.model.Period;
import io.lien.server.insights.model.Traffic;
import io.lien.server.insights.model.ZoneFigure;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.registry.Zone;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A manager's figures for one store or several, over a period, from the hourly rollups: traffic,
 * zones, garments (with the period before to compare). Days and hours are the first store's.
 */
@Singleton
public class StoreInsights {

    /** Garments tried at least this often are candidates for "often tried, rarely bought". */
    static final int OFTEN_TRIED = 5;
    /** Examples of kinds are drawn from this many of the period's latest visits. */
    static final int LATEST_VISITS = 400;

    private final RollupReads rollups;
    private final DeviceRegistry registry;
    private final CommunityVoice community;
    private final io.lien.server.advisors.AdvisorRepository advisors;
    private final io.lien.server.visits.VisitTypologyRepository typologyRows;
    private final io.lien.server.registry.PhraseWording wording;
    private final io.lien.server.insights.infrastructure.VisitRelationshipRepository relationshipRows;

    StoreInsights(RollupReads rollups, DeviceRegistry registry, CommunityVoice community, io.lien.server.advisors.AdvisorRepository advisors,
                  io.lien.server.visits.VisitTypologyRepository typologyRows, io.lien.server.registry.PhraseWording wording,
                  io.lien.server.insights.infrastructure.VisitRelationshipRepository relationshipRows) {
        this.relationshipRows = relationshipRows;
        this.typologyRows = typologyRows;
        this.wording = wording;
        this.advisors = advisors;
        this.rollups = rollups;
        this.registry = registry;
        this.community = community;
    }

    public ZoneId timeZone(List<String> stores) {
        return registry.timeZone(stores.get(0));
    }

    public Traffic traffic(List<String> stores, Period period) {
        ZoneId tz = timeZone(stores);
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            days.put(d, new long[2]);
        }
        long[] byHour = new long[24];
        long visits = 0;
        long consenting = 0;
        long ended = 0;
        long dwell = 0;
        for (RollupReads.StoreHour h : rollups.storeHours(stores, period.startMs(tz), period.endMs(tz))) {
            ZonedDateTime at = Instant.ofEpochMilli(h.hourStart()).atZone(tz);
            long[] day = days.get(at.toLocalDate());
            if (day != null) {
                day[0] += h.visits();
                day[1] += h.consenting();
            }
            byHour[at.getHour()] += h.visits();
            visits += h.visits();
            consenting += h.consenting();
            ended += h.ended();
            dwell += h.dwellMs();
        }
        List<Traffic.Day> perDay = new ArrayList<>();
        days.forEach((d, v) -> perDay.add(new Traffic.Day(d, v[0], v[1])));
        return new Traffic(visits, consenting, ended, dwell, perDay, byHour);
    }

    /** Visits begun in each hour of the period, every hour present (a closed shop's hours as 0): epoch seconds, visits. */
    public long[][] hourly(List<String> stores, Period period) {
        ZoneId tz = timeZone(stores);
        long from = period.startMs(tz);
        int hours = (int) ((period.endMs(tz) - from) / 3_600_000L);
        long[][] out = new long[2][hours];
        for (int i = 0; i < hours; i++) {
            out[0][i] = (from + i * 3_600_000L) / 1000;
        }
        for (RollupReads.StoreHour h : rollups.storeHours(stores, from, period.endMs(tz))) {
            int i = (int) ((h.hourStart() - from) / 3_600_000L);
            if (i >= 0 && i < hours) {
                out[1][i] += h.visits();
            }
        }
        return out;
    }

    /**
     * Zones with their figures, busiest first. A zone inside another (a fitting room in the fitting
     * rooms) counts in its own row and in the area around it, which is what the plan shows.
     */
    public List<ZoneFigure> zones(List<String> stores, Period period, Locale reader) {
        ZoneId tz = timeZone(stores);
        Map<String, RollupReads.ZoneSum> sums = new LinkedHashMap<>();
        rollups.zones(stores, period.startMs(tz), period.endMs(tz)).forEach(z -> sums.put(z.zoneId(), z));
        List<ZoneFigure> out = new ArrayList<>();
        for (String store : stores) {
            for (Zone zone : registry.zonesOf(store)) {
                RollupReads.ZoneSum own = sums.get(zone.id());
                out.add(new ZoneFigure(zone.id(), zone.name(reader), own == null ? 0 : own.visits(), own == null ? 0 : own.entries(),
                        own == null ? 0 : own.dwellMs(), own == null ? 0 : own.handlings(), own == null ? 0 : own.unsure()));
            }
        }
        out.sort(Comparator.comparingLong(ZoneFigure::dwellMs).reversed().thenComparing(ZoneFigure::zoneId));
        return out;
    }

    /** A zone's figure with those of the zones inside it added (the plan shows areas). */
    public Map<String, ZoneFigure> areas(List<ZoneFigure> zones, String store) {
        Map<String, ZoneFigure> byId = new LinkedHashMap<>();
        zones.forEach(z -> byId.put(z.zoneId(), z));
        Map<String, ZoneFigure> areas = new LinkedHashMap<>(byId);
        for (Zone zone : registry.zonesOf(store)) {
            ZoneFigure inner = byId.get(zone.id());
            if (zone.parentId() != null && inner != null && areas.containsKey(zone.parentId())) {
                ZoneFigure a = areas.get(zone.parentId());
                areas.put(a.zoneId(), new ZoneFigure(a.zoneId(), a.name(), a.visits(), a.entries() + inner.entries(),
                        a.dwellMs() + inner.dwellMs(), a.handlings() + inner.handlings(), a.unsure() + inner.unsure()));
            }
        }
        return areas;
    }

    /** Every product handled in the period (or sold in the one before), most touched first. */
    public List<GarmentFigure> garments(List<String> stores, Period period, Locale reader) {
        ZoneId tz = timeZone(stores);
        Map<String, Long> before = new LinkedHashMap<>();
        Period previous = period.previous();
        rollups.products(stores, previous.startMs(tz), previous.endMs(tz)).forEach(p -> before.put(p.productId(), p.bought()));
        List<GarmentFigure> out = new ArrayList<>();
        for (RollupReads.ProductSum p : rollups.products(stores, period.startMs(tz), period.endMs(tz))) {
            Optional<Product> product = registry.product(p.productId());
            out.add(new GarmentFigure(p.productId(), product.map(n -> n.name(reader)).orElse(p.productId()),
                    product.map(Product::collection).orElse(null), p.touched(), p.carried(), p.tried(), p.bought(), p.triedBought(),
                    before.getOrDefault(p.productId(), 0L)));
            before.remove(p.productId());
        }
        before.forEach((id, bought) -> out.add(new GarmentFigure(id, registry.product(id).map(n -> n.name(reader)).orElse(id),
                registry.product(id).map(Product::collection).orElse(null), 0, 0, 0, 0, 0, bought)));
        out.sort(Comparator.comparingLong(GarmentFigure::touched).reversed().thenComparing(GarmentFigure::id));
        return out;
    }

    /** The garments summed per collection (a product without one in "—"). */
    public List<GarmentFigure> collections(List<GarmentFigure> garments) {
        Map<String, GarmentFigure> byCollection = new LinkedHashMap<>();
        for (GarmentFigure g : garments) {
            String c = g.collection() == null ? "—" : g.collection();
            GarmentFigure zero = new GarmentFigure(c, c, c, 0, 0, 0, 0, 0, 0);
            byCollection.put(c, byCollection.getOrDefault(c, zero).plus(g));
        }
        List<GarmentFigure> out = new ArrayList<>(byCollection.values());
        out.sort(Comparator.comparingLong(GarmentFigure::touched).reversed().thenComparing(GarmentFigure::id));
        return out;
    }

    /** Totals of every garment, as one row. */
    public GarmentFigure total(List<GarmentFigure> garments, String name) {
        GarmentFigure sum = new GarmentFigure("all", name, null, 0, 0, 0, 0, 0, 0);
        for (GarmentFigure g : garments) {
            sum = sum.plus(g);
        }
        return sum;
    }

    /** The team's work: per advisor in name order, the team's total, the shoppers' calls and those unanswered. */
    public TeamFigures team(List<String> stores, Period period) {
        ZoneId tz = timeZone(stores);
        long calls = 0;
        long unanswered = 0;
        for (RollupReads.StoreHour h : rollups.storeHours(stores, period.startMs(tz), period.endMs(tz))) {
            calls += h.calls();
            unanswered += h.callsUnanswered();
        }
        List<TeamFigures.Advisor> people = new ArrayList<>();
        TeamFigures.Advisor team = new TeamFigures.Advisor("", "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (RollupReads.AdvisorSum a : rollups.advisors(stores, period.startMs(tz), period.endMs(tz))) {
            String name = advisors.findById(a.advisor()).map(io.lien.server.advisors.Advisor::displayName).orElse(a.advisor());
            TeamFigures.Advisor one = new TeamFigures.Advisor(a.advisor(), name, a.claims(), a.claimMs(), a.callsAnswered(), a.notes(),
                    a.selectionsSent(), a.selectionsOpened(), a.selectionOrders(), a.creditedOrders(), a.creditedCents(), a.followUpsDone());
            people.add(one);
            team = team.plus(one);
        }
        people.sort(Comparator.comparing(TeamFigures.Advisor::name));
        return new TeamFigures(calls, unanswered, people, team);
    }

    /** Purchases after a visit to the stores, per channel and delay. */
    public ChannelFigures channels(List<String> stores, Period period) {
        ZoneId tz = timeZone(stores);
        return ChannelFigures.of(rollups.channels(stores, period.startMs(tz), period.endMs(tz)).stream()
                .map(c -> new ChannelFigures.Cell(c.channel(), c.withinDays(), c.afterTry(), c.orders(), c.amountCents())).toList());
    }

    /** A kind of visit in the period: how many, their share of the visits, a few examples of its evidence in words. */
    public record Kind(String code, long visits, Integer share, List<String> examples) {
    }

    /** The mix of visit kinds, most frequent first, with up to three examples each (a visit may be of several kinds). */
    public List<Kind> kinds(List<String> stores, Period period, long storeVisits, Locale reader) {
        return mix(stores, period, storeVisits, rollups::typologies,
                (from, to) -> typologyRows.latest(stores, from, to, LATEST_VISITS).stream()
                        .map(e -> Map.entry(e.code(), wording.word(e.evidence(), reader))).toList());
    }

    /** The mix of relationships among consenting visits (share of consenting visits), with up to three examples each. */
    public List<Kind> relationships(List<String> stores, Period period, long consentingVisits, Locale reader) {
        return mix(stores, period, consentingVisits, rollups::relationships,
                (from, to) -> relationshipRows.latest(stores, from, to, LATEST_VISITS).stream()
                        .map(e -> Map.entry(e.code(), wording.word(e.evidence(), reader))).toList());
    }

    private interface Counts {
        List<RollupReads.TypologySum> of(List<String> stores, long from, long to);
    }

    private interface Examples {
        List<Map.Entry<String, String>> of(long from, long to);
    }

    /** A mix of kinds from their rollup, each with its share of {@code whole} and up to three examples from the latest visits. */
    private List<Kind> mix(List<String> stores, Period period, long whole, Counts counts, Examples latest) {
        ZoneId tz = timeZone(stores);
        long from = period.startMs(tz);
        long to = period.endMs(tz);
        Map<String, List<String>> examples = new LinkedHashMap<>();
        latest.of(from, to).forEach(e -> example(examples, e.getKey(), e.getValue()));
        return counts.of(stores, from, to).stream().map(t -> new Kind(t.code(), t.visits(),
                io.lien.server.insights.model.Rates.percent(t.visits(), whole), examples.getOrDefault(t.code(), List.of()))).toList();
    }

    /** Up to three different examples of a kind. */
    private static void example(Map<String, List<String>> examples, String code, String words) {
        List<String> some = examples.computeIfAbsent(code, k -> new ArrayList<>());
        if (some.size() < 3 && !some.contains(words)) {
            some.add(words);
        }
    }

    /** What the community says critically of a garment (unsigned, redacted words), to read beside its figures. */
    public List<String> criticalWords(String productId) {
        return community.sharedScreenWords(productId, 2).critical();
    }

    public int oftenTried() {
        return OFTEN_TRIED;
    }
}
