package io.lien.server.clients.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ways into a conversation drawn from the client's own story, each with the evidence behind it,
 * in French and English. None mentions a price, a discount or a promotion: they open a
 * conversation, they do not push a sale. A client "just browsing" gets none.
 */
public final class ConversationStarters {

    /** How far ahead an important date is worth mentioning. */
    static final int DATE_HORIZON_DAYS = 30;
    /** How far back a store purchase is worth asking about. */
    static final int FOLLOW_UP_DAYS = 365;
    static final int MAX = 4;

    public record Starter(String kind, String en, String fr, String reasonEn, String reasonFr) {
    }

    /** An order line as the starters need it (no amount: they never talk money). */
    public record Purchase(LocalDate date, String productEn, String productFr, String summary, boolean inStore) {
    }

    /** A date that matters; {@code personName} null for the client's own. */
    public record Date(String kind, String person, String personName, MonthDay day) {
    }

    /** A garment the client had in hand today, as credited by the store's evidence. */
    public record Handled(String productEn, String productFr, String size, boolean tried, boolean bought) {
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
        String kindEn = d.kind().equals("birthday") ? "birthday" : d.kind().equals("anniversary") ? "anniversary" : "day";
        String kindFr = d.kind().equals("birthday") ? "anniversaire" : d.kind().equals("anniversary") ? "anniversaire de mariage" : "fête";
        String when = days == 0 ? "today" : "in " + days + " day" + (days == 1 ? "" : "s");
        String quand = days == 0 ? "aujourd'hui" : "dans " + days + " jour" + (days == 1 ? "" : "s");
        String dayText = d.day().getDayOfMonth() + " " + d.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String jour = d.day().getDayOfMonth() + " " + d.day().getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        if (d.personName() == null) {
            String their = s.pronoun().equals("she") ? "Her" : s.pronoun().equals("he") ? "His" : "Their";
            return new Starter("date", their + " " + kindEn + " is " + when + ".", "Son " + kindFr + " est " + quand + ".",
                    their.toLowerCase(Locale.ROOT) + " " + kindEn + " is on " + dayText + " (profile)",
                    "son " + kindFr + " est le " + jour + " (profil)");
        }
        Optional<Purchase> gift = s.orders().stream()
                .filter(o -> o.summary().toLowerCase(Locale.ROOT).contains(d.personName().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparing(Purchase::date));
        String en = d.personName() + "'s " + kindEn + " is " + when + ".";
        String fr = "L'" + kindFr + " de " + d.personName() + " est " + quand + ".";
        if (gift.isPresent()) {
            Purchase g = gift.get();
            en = "Bought " + g.productEn() + " for " + d.person() + " in " + month(g.date(), Locale.ENGLISH) + "; " + en;
            fr = "A acheté " + g.productFr() + " pour " + d.person() + " en " + month(g.date(), Locale.FRENCH) + " ; " + lower(fr);
        }
        return new Starter("date", en, fr,
                d.person() + "'s " + kindEn + " is on " + dayText + (gift.isPresent() ? "; a past order names " + d.personName() : ""),
                kindFr + " de " + d.person() + " le " + jour + (gift.isPresent() ? " ; une commande passée nomme " + d.personName() : ""));
    }

    private static void triedToday(Story s, List<Starter> out) {
        for (Handled h : s.today()) {
            if (h.tried() && !h.bought()) {
                out.add(new Starter("today", "Liked " + h.productEn() + " on the hanger today, tried the " + h.size() + ", didn't take it.",
                        "A aimé " + h.productFr() + " sur le cintre aujourd'hui, a essayé le " + h.size() + ", ne l'a pas pris.",
                        "handled and tried today, not bought", "pris en main et essayé aujourd'hui, pas acheté"));
            }
        }
    }

    private static Optional<Starter> followUp(Story s, LocalDate today) {
        return s.orders().stream().filter(Purchase::inStore)
                .filter(o -> ChronoUnit.DAYS.between(o.date(), today) <= FOLLOW_UP_DAYS && o.productEn() != null)
                .max(Comparator.comparing(Purchase::date))
                .map(o -> new Starter("follow-up", "Bought " + o.productEn() + " in store in " + month(o.date(), Locale.ENGLISH)
                        + ": ask how it wears.", "A acheté " + o.productFr() + " en boutique en " + month(o.date(), Locale.FRENCH)
                        + " : demander comment il se porte.", "store order of " + o.date(), "achat en boutique du " + o.date()));
    }

    private static Optional<Starter> interests(Story s) {
        if (s.interests() == null || s.interests().isBlank()) {
            return Optional.empty();
        }
        String first = s.interests().split("[;,]")[0].strip();
        return Optional.of(new Starter("interests", "Loves " + first + ".", "Aime : " + first + ".",
                "in their own words on their profile", "dans ses propres mots, sur son profil"));
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

    private static String month(LocalDate d, Locale locale) {
        return d.getMonth().getDisplayName(TextStyle.FULL, locale);
    }

    private static String lower(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
