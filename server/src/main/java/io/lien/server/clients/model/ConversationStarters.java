package io.lien.server.clients.model;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ways into a conversation drawn from the client's own story, each with the evidence behind it,
 * as phrases worded in the reader's language (message keys starter.*). None mentions a price, a
 * discount or a promotion: they open a conversation, they do not push a sale. A client "just
 * browsing" gets none.
 */
public final class ConversationStarters {

    /** How far ahead an important date is worth mentioning. */
    static final int DATE_HORIZON_DAYS = 30;
    /** How far back a store purchase is worth asking about. */
    static final int FOLLOW_UP_DAYS = 365;
    static final int MAX = 4;

    public record Starter(String kind, Phrase text, Phrase reason) {
    }

    /** An order line as the starters need it (no amount: they never talk money); {@code productId} null when unknown. */
    public record Purchase(LocalDate date, String productId, String summary, boolean inStore) {
    }

    /** A date that matters; {@code personName} (as a gift order would name them) null for the client's own. */
    public record Date(String kind, String personName, MonthDay day) {
    }

    /** A garment the client had in hand today, as credited by the store's evidence. */
    public record Handled(String productId, String size, boolean tried, boolean bought) {
    }

    public record Story(String firstName, String pronoun, boolean justBrowsing, String interests, List<Purchase> orders,
                        List<Date> dates, List<Handled> today) {
    }

    private ConversationStarters() {
    }

    public static List<Starter> of(Story story, LocalDate today) {
        if (story.justBrowsing()) {
            return List.of();
        }
        List<Starter> starters = new ArrayList<>();
        upcomingDates(story, today, starters);
        triedToday(story, starters);
        followUp(story, today).ifPresent(starters::add);
        interests(story).ifPresent(starters::add);
        return starters.size() <= MAX ? starters : List.copyOf(starters.subList(0, MAX));
    }

    private static void upcomingDates(Story s, LocalDate today, List<Starter> out) {
        s.dates().stream()
                .map(d -> new Object[]{d, daysUntil(d.day(), today)})
                .filter(x -> (long) x[1] <= DATE_HORIZON_DAYS)
                .sorted(Comparator.comparingLong(x -> (long) x[1]))
                .forEach(x -> out.add(dateStarter(s, (Date) x[0], (long) x[1])));
    }

    private static Starter dateStarter(Story s, Date d, long days) {
        Arg kind = Arg.text(d.kind());
        Arg dayOfMonth = Arg.number(d.day().getDayOfMonth());
        Arg month = Arg.month(d.day().getMonthValue());
        if (d.personName() == null) {
            Arg pronoun = Arg.text(s.pronoun());
            return new Starter("date", Phrase.of("starter.date.own", pronoun, kind, Arg.number(days)),
                    Phrase.of("starter.date.own.reason", pronoun, kind, dayOfMonth, month));
        }
        Arg name = Arg.text(d.personName());
        Optional<Purchase> gift = s.orders().stream().filter(o -> o.productId() != null)
                .filter(o -> o.summary().toLowerCase(Locale.ROOT).contains(d.personName().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparing(Purchase::date));
        Phrase text = gift.map(g -> Phrase.of("starter.date.person.gift", name, kind, Arg.number(days), Arg.product(g.productId()),
                        Arg.month(g.date().getMonthValue())))
                .orElseGet(() -> Phrase.of("starter.date.person", name, kind, Arg.number(days)));
        return new Starter("date", text, Phrase.of("starter.date.person.reason", name, kind, dayOfMonth, month,
                Arg.text(gift.isPresent() ? "gift" : "none")));
    }

    private static void triedToday(Story s, List<Starter> out) {
        for (Handled h : s.today()) {
            if (h.tried() && !h.bought()) {
                out.add(new Starter("today", Phrase.of("starter.today", Arg.product(h.productId()), Arg.text(h.size())),
                        Phrase.of("starter.today.reason")));
            }
        }
    }

    private static Optional<Starter> followUp(Story s, LocalDate today) {
        return s.orders().stream().filter(Purchase::inStore)
                .filter(o -> ChronoUnit.DAYS.between(o.date(), today) <= FOLLOW_UP_DAYS && o.productId() != null)
                .max(Comparator.comparing(Purchase::date))
                .map(o -> new Starter("follow-up", Phrase.of("starter.follow-up", Arg.product(o.productId()),
                        Arg.month(o.date().getMonthValue())), Phrase.of("starter.follow-up.reason", Arg.date(o.date()))));
    }

    private static Optional<Starter> interests(Story s) {
        if (s.interests() == null || s.interests().isBlank()) {
            return Optional.empty();
        }
        String first = s.interests().split("[;,]")[0].strip();
        return Optional.of(new Starter("interests", Phrase.of("starter.interests", Arg.text(first)),
                Phrase.of("starter.interests.reason")));
    }

    /** Days until the next {@code day} (a 29 February is kept on 1 March in other years). */
    public static long daysUntil(MonthDay day, LocalDate today) {
        LocalDate next = day.isValidYear(today.getYear()) ? day.atYear(today.getYear()) : LocalDate.of(today.getYear(), 3, 1);
        if (next.isBefore(today)) {
            int year = today.getYear() + 1;
            next = day.isValidYear(year) ? day.atYear(year) : LocalDate.of(year, 3, 1);
        }
        return ChronoUnit.DAYS.between(today, next);
    }
}
