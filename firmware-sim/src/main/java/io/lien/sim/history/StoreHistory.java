package io.lien.sim.history;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.sim.StoreLayout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A store's day as its gateway would have forwarded it: shoppers arriving with the weekday's and
 * the hour's rhythm, walking through zones, lifting garments, trying some in a fitting room, leaving;
 * and the orders that follow some tries, on the store's till or later on another channel. Seeded:
 * the same plan and day give the same events. A hanger is in one pair of hands at a time.
 */
public final class StoreHistory {

    /** An event at its time (the device clock's, in the past). */
    public record Timed(long ts, UplinkEvent event) {
    }

    /** An order a consenting client placed after trying a garment. */
    public record Order(String orderId, String clientId, long placedAt, String channel, HistoryPlan.Garment garment) {
    }

    /** Everything a day produced, events in time order. */
    public record Day(LocalDate date, int visits, List<Timed> events, List<Order> orders) {
    }

    /** Monday … Sunday, relative to an average day. */
    static final double[] WEEKDAY = {0.7, 0.8, 0.9, 0.9, 1.1, 1.6, 1.0};
    private static final double[] CHANNELS = {0.5, 0.3, 0.15, 0.05};
    private static final String[] CHANNEL = {"store", "web", "app", "phone"};
    /** How often a move between floor zones wavers on the border before it holds (about 4 in 10 on the σ 6 dB benchmark). */
    private static final double WAVERING = 0.3;

    private final HistoryPlan plan;

    public StoreHistory(HistoryPlan plan) {
        this.plan = plan;
    }

    public Day day(LocalDate date) {
        Random random = new Random(plan.seed() * 1_000_003L + date.toEpochDay());
        int visits = visitsOn(date, random);
        List<Timed> events = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        Map<String, Long> hangerFreeAt = new HashMap<>();
        long opens = date.atTime(plan.opens()).atZone(plan.timeZone()).toInstant().toEpochMilli();
        long closes = date.atTime(plan.closes()).atZone(plan.timeZone()).toInstant().toEpochMilli();
        List<Long> arrivals = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            arrivals.add(arrival(opens, closes, random));
        }
        arrivals.sort(Comparator.naturalOrder());
        List<String> consenting = plan.consentingInstalls().keySet().stream().sorted().toList();
        for (int i = 0; i < arrivals.size(); i++) {
            boolean consents = !consenting.isEmpty() && random.nextDouble() < plan.consentingShare();
            String install = consents ? consenting.get(random.nextInt(consenting.size())) : "anon-" + date + "-" + i;
            new Walk(random, install, consents ? plan.consentingInstalls().get(install) : null, date + "-" + i, hangerFreeAt, events, orders)
                    .from(arrivals.get(i));
        }
        events.sort(Comparator.comparingLong(Timed::ts));
        return new Day(date, visits, List.copyOf(events), List.copyOf(orders));
    }

    private int visitsOn(LocalDate date, Random random) {
        double mean = java.util.Arrays.stream(WEEKDAY).average().orElse(1);
        double expected = plan.visitsPerDay() * WEEKDAY[date.getDayOfWeek().getValue() - 1] / mean;
        return (int) Math.max(0, Math.round(expected * (0.9 + 0.2 * random.nextDouble())));
    }

    /** Busier at lunch and after work: a shape over the opening hours. */
    private static long arrival(long opens, long closes, Random random) {
        long span = closes - opens - 20 * 60_000L;
        while (true) {
            double x = random.nextDouble();
            double weight = 0.55 + 0.45 * Math.exp(-Math.pow((x - 0.33) / 0.08, 2)) + 0.6 * Math.exp(-Math.pow((x - 0.8) / 0.1, 2));
            if (random.nextDouble() * 1.2 < weight) {
                return opens + (long) (x * span);
            }
        }
    }

    /** One shopper's visit: zones with their dwell, garments lifted, maybe a fitting room, and what followed. */
    private final class Walk {
        private final Random random;
        private final String install;
        private final String clientId;
        private final String key;
        private final Map<String, Long> hangerFreeAt;
        private final List<Timed> events;
        private final List<Order> orders;
        private String zone;
        private long since;
        /** The gateway's confidence in each change, and its wavering on borders: apart, so the visit drawn is the same. */
        private final Random radio;

        Walk(Random random, String install, String clientId, String key, Map<String, Long> hangerFreeAt, List<Timed> events,
             List<Order> orders) {
            this.random = random;
            this.install = install;
            this.clientId = clientId;
            this.key = key;
            this.hangerFreeAt = hangerFreeAt;
            this.events = events;
            this.orders = orders;
            this.radio = new Random(key.hashCode() * 31L + plan.seed());
        }

        void from(long t) {
            zone = plan.entrance();
            since = t;
            add(t, new UplinkEvent.ShopperPresence(install, zone, "enter", 0, sure()));
            t += minutes(0.3, 1.5);
            List<String> floor = new ArrayList<>(plan.floor());
            java.util.Collections.shuffle(floor, random);
            int zones = Math.min(floor.size(), 1 + random.nextInt(Math.min(4, Math.max(1, floor.size()))));
            List<String> kept = new ArrayList<>();
            for (int z = 0; z < zones; z++) {
                t = moveTo(floor.get(z), t, true);
                long leaveAt = t + minutes(1, 8);
                if (random.nextDouble() < 0.55) {
                    String hanger = freeHanger(floor.get(z), t + 20_000, leaveAt);
                    if (hanger != null) {
                        long lifted = t + 20_000;
                        add(lifted, new UplinkEvent.HangerLifted(hanger, 60 + random.nextInt(40)));
                        if (random.nextDouble() < 0.4 && !plan.layout().readers().isEmpty()) {
                            kept.add(hanger);
                            hangerFreeAt.put(hanger, Long.MAX_VALUE);
                        } else {
                            // most go back within a minute or two; some are carried around longer (carried, not tried)
                            long back = lifted + 15_000 + (random.nextDouble() < 0.25 ? 150_000 + random.nextInt(150_000) : random.nextInt(90_000));
                            add(back, new UplinkEvent.HangerPutBack(hanger, back - lifted));
                            hangerFreeAt.put(hanger, back + 1_000);
                        }
                    }
                }
                t = leaveAt;
            }
            if (!kept.isEmpty()) {
                t = tryOn(kept, t);
            }
            add(t, new UplinkEvent.ShopperPresence(install, zone, "leave", t - since));
        }

        private long tryOn(List<String> kept, long t) {
            StoreLayout.Reader reader = plan.layout().readers().get(random.nextInt(plan.layout().readers().size()));
            t = moveTo(reader.zoneId(), t, false); // a fitting room is read by its own reader, not by beacons alone
            for (String hanger : kept) {
                add(t + 5_000, new UplinkEvent.HangerZoneChanged(hanger, reader.readerId(), reader.zoneId(), "enter"));
            }
            long out = t + minutes(3, 9);
            for (String hanger : kept) {
                add(out - 5_000, new UplinkEvent.HangerZoneChanged(hanger, reader.readerId(), reader.zoneId(), "leave"));
                boolean buys = clientId != null && random.nextDouble() < appeal(hanger);
                if (buys) {
                    order(hanger, out);
                }
                long back = out + 30_000;
                add(back, new UplinkEvent.HangerPutBack(hanger, back - t));
                hangerFreeAt.put(hanger, back + 1_000);
            }
            return out + 60_000;
        }

        /** How often a garment tried on is bought: some convince, some disappoint (from 15 % to 75 %, fixed per product). */
        private double appeal(String hanger) {
            HistoryPlan.Garment g = plan.garments().get(hanger);
            int h = Math.floorMod((g == null ? hanger : g.productId()).hashCode() * 31 + (int) plan.seed(), 7);
            return 0.15 + 0.1 * h;
        }

        private void order(String hanger, long triedAt) {
            HistoryPlan.Garment garment = plan.garments().get(hanger);
            if (garment == null) {
                return;
            }
            double pick = random.nextDouble();
            int channel = 0;
            for (double share = CHANNELS[0]; pick > share && channel < CHANNELS.length - 1; share += CHANNELS[++channel]) {
                // the channel whose share the draw falls in
            }
            long delay = channel == 0 ? 120_000 + random.nextInt(300_000) : 3_600_000L + (long) (random.nextDouble() * 9 * 86_400_000L);
            orders.add(new Order("H" + plan.seed() + "-" + key + "-" + hanger, clientId, triedAt + delay, CHANNEL[channel], garment));
        }

        /**
         * Into the next zone, as a gateway reports it at σ 6 dB: sure of the move, but now and then wavering on the
         * border — back to the zone just left for a few seconds, then in again, both unsure (issue 23).
         */
        private long moveTo(String next, long t, boolean mayWaver) {
            String from = zone;
            add(t, new UplinkEvent.ShopperPresence(install, next, "move", t - since, sure()));
            zone = next;
            since = t;
            if (mayWaver && radio.nextDouble() < WAVERING) {
                long back = t + 2_000 + radio.nextInt(2_000);
                add(back, new UplinkEvent.ShopperPresence(install, from, "move", back - t, unsure()));
                long again = back + 1_000 + radio.nextInt(3_000);
                add(again, new UplinkEvent.ShopperPresence(install, next, "move", again - back, unsure()));
                since = again;
            }
            return t;
        }

        private double sure() {
            return 0.8 + 0.19 * radio.nextDouble();
        }

        private double unsure() {
            return 0.5 + 0.28 * radio.nextDouble();
        }

        private String freeHanger(String rackZone, long from, long until) {
            List<String> hangers = plan.layout().racks().stream().filter(r -> r.zoneId().equals(rackZone))
                    .flatMap(r -> r.hangerIds().stream()).toList();
            for (int tries = 0; tries < 4 && !hangers.isEmpty(); tries++) {
                String h = hangers.get(random.nextInt(hangers.size()));
                if (hangerFreeAt.getOrDefault(h, 0L) < from) {
                    hangerFreeAt.put(h, until);
                    return h;
                }
            }
            return null;
        }

        private long minutes(double min, double max) {
            return (long) ((min + random.nextDouble() * (max - min)) * 60_000);
        }

        private void add(long ts, UplinkEvent event) {
            events.add(new Timed(ts, event));
        }
    }

}
