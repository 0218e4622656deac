package io.lien.server.visits.model;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What kind of visit this was — not what kind of person — by fixed, readable rules, each label
 * with the evidence behind it (docs/visit-typologies.md). A visit may carry several labels, most
 * telling first. An anonymous visit can only be read from itself (accompanied, quick mission).
 */
public final class VisitTypology {

    static final long ACCOMPANIED_WITHIN_MS = 120_000;
    static final int ACCOMPANIED_SHARED_ZONES = 2;
    static final long COME_BACK_WITHIN_DAYS = 60;
    static final long GIFT_DATE_WITHIN_DAYS = 30;
    static final long QUICK_MS = 15 * 60_000;
    static final int RITUAL_EARLIER_VISITS = 3;
    static final long RITUAL_WITHIN_DAYS = 120;
    private static final String[] PARTS_OF_DAY = {"visit.part-of-day.morning", "visit.part-of-day.afternoon", "visit.part-of-day.evening"};

    /** {@code evidence}: worded in the reader's language when read (message keys visit.evidence.*). */
    public record Label(String code, Phrase evidence) {
    }

    /** A garment in hand during this visit. */
    public record Handled(String productId, boolean tried, boolean bought) {
    }

    /** An earlier visit of the same client, with the zones it went through and what was handled. */
    public record Earlier(long startedAt, Set<String> zones, Set<String> productsHandled) {
    }

    /** Another shopper's visit in the same store around the same time. */
    public record Other(long startedAt, Set<String> zones) {
    }

    /** An important date of someone the client buys for ({@code personName}: as a gift order would name them), in days from the visit. */
    public record GiftDate(String personName, long inDays) {
    }

    public record Evidence(boolean identified, long startedAt, long durationMs, List<String> zones, List<Handled> handled,
                           List<Earlier> earlier, List<Other> others, List<GiftDate> giftDates, ZoneId zone) {
    }

    private VisitTypology() {
    }

    public static List<Label> of(Evidence e) {
        List<Label> labels = new ArrayList<>();
        accompanied(e, labels);
        if (e.identified()) {
            comeBackToTry(e, labels);
            giftHunt(e, labels);
        }
        quickMission(e, labels);
        if (e.identified()) {
            ritual(e, labels);
            discovery(e, labels);
        }
        return labels;
    }

    private static void accompanied(Evidence e, List<Label> out) {
        Set<String> mine = new HashSet<>(e.zones());
        for (Other o : e.others()) {
            long apart = Math.abs(o.startedAt() - e.startedAt());
            Set<String> shared = new HashSet<>(o.zones());
            shared.retainAll(mine);
            if (apart <= ACCOMPANIED_WITHIN_MS && shared.size() >= ACCOMPANIED_SHARED_ZONES) {
                out.add(label("accompanied", Arg.number(apart / 1000), Arg.number(shared.size())));
                return;
            }
        }
    }

    private static void comeBackToTry(Evidence e, List<Label> out) {
        for (Handled h : e.handled()) {
            if (!h.tried()) {
                continue;
            }
            for (Earlier before : e.earlier()) {
                long days = (e.startedAt() - before.startedAt()) / 86_400_000L;
                if (days <= COME_BACK_WITHIN_DAYS && before.productsHandled().contains(h.productId())) {
                    LocalDate then = Instant.ofEpochMilli(before.startedAt()).atZone(e.zone()).toLocalDate();
                    out.add(label("come-back-to-try", Arg.product(h.productId()), Arg.date(then)));
                    return;
                }
            }
        }
    }

    private static void giftHunt(Evidence e, List<Label> out) {
        if (e.handled().isEmpty()) {
            return;
        }
        e.giftDates().stream().filter(d -> d.inDays() <= GIFT_DATE_WITHIN_DAYS).findFirst().ifPresent(d ->
                out.add(label("gift-hunt", Arg.text(d.personName()), Arg.number(d.inDays()))));
    }

    private static void quickMission(Evidence e, List<Label> out) {
        long zones = e.zones().stream().distinct().count();
        if (e.durationMs() > 0 && e.durationMs() <= QUICK_MS && zones <= 2 && e.handled().size() <= 2) {
            long minutes = Math.max(1, e.durationMs() / 60_000);
            out.add(label("quick-mission", Arg.number(minutes), Arg.number(zones), Arg.number(e.handled().size())));
        }
    }

    private static void ritual(Evidence e, List<Label> out) {
        ZonedDateTime now = Instant.ofEpochMilli(e.startedAt()).atZone(e.zone());
        List<Earlier> alike = e.earlier().stream().filter(b -> (e.startedAt() - b.startedAt()) / 86_400_000L <= RITUAL_WITHIN_DAYS)
                .filter(b -> {
                    ZonedDateTime then = Instant.ofEpochMilli(b.startedAt()).atZone(e.zone());
                    return then.getDayOfWeek() == now.getDayOfWeek() && partOfDay(then) == partOfDay(now);
                }).toList();
        if (alike.size() >= RITUAL_EARLIER_VISITS) {
            out.add(label("ritual", Arg.number(alike.size() + 1L), Arg.weekday(now.getDayOfWeek()),
                    Arg.key(PARTS_OF_DAY[partOfDay(now)]), Arg.number(RITUAL_WITHIN_DAYS)));
        }
    }

    private static void discovery(Evidence e, List<Label> out) {
        if (e.earlier().isEmpty()) {
            out.add(new Label("discovery", Phrase.of("visit.evidence.first-visit")));
            return;
        }
        Set<String> seen = new HashSet<>();
        e.earlier().forEach(b -> seen.addAll(b.zones()));
        List<String> fresh = e.zones().stream().distinct().filter(z -> !seen.contains(z)).toList();
        if (fresh.size() >= 2) {
            out.add(new Label("discovery", Phrase.of("visit.evidence.discovery", Arg.zones(fresh))));
        }
    }

    /** A label whose evidence is the message visit.evidence.{code}. */
    private static Label label(String code, Arg... args) {
        return new Label(code, Phrase.of("visit.evidence." + code, args));
    }

    private static int partOfDay(ZonedDateTime t) {
        return t.getHour() < 12 ? 0 : t.getHour() < 17 ? 1 : 2;
    }
}
