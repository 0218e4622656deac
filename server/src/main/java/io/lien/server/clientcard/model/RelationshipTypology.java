package io.lien.server.clientcard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What kind of relationship a client has with the brand — not what kind of person they are — by
 * fixed, readable rules over their own history on every channel, each label with the evidence
 * behind it (docs/visit-typologies.md, "Relationships"). Several labels may apply, most telling
 * first; none may. Nothing here is a score: an advisor or a manager can check every label against
 * the timeline beside it.
 */
public final class RelationshipTypology {

    static final long DAY = 86_400_000L;
    static final long YEAR_DAYS = 365;
    static final long REGULAR_WITHIN_DAYS = 180;
    static final int REGULAR_STORE_DAYS = 4;
    static final int COMMUNITY_FEEDBACK = 2;
    static final long NEW_WITHIN_DAYS = 60;
    static final long BACK_AFTER_DAYS = 180;
    static final long BACK_RECENT_DAYS = 60;

    private static final Set<String> ACTIVITY = Set.of("ORDER", "RETURN", "VISIT");
    private static final Map<String, String[]> CHANNELS = Map.of("STORE", new String[] {"in store", "en boutique"},
            "WEB", new String[] {"online", "en ligne"}, "APP", new String[] {"in the app", "dans l'appli"},
            "PHONE", new String[] {"by phone", "par téléphone"});

    public record Label(String code, String evidenceEn, String evidenceFr) {
    }

    /** One line of the client's timeline: {@code kind} ORDER, RETURN, VISIT, NOTE, SELECTION, FEEDBACK, … */
    public record Entry(long ts, String channel, String kind, String summary, String author) {
    }

    /** Someone this client brought to the brand, and the orders they placed since. */
    public record Brought(String name, int ordersSince) {
    }

    /**
     * @param knownSince when the client record was made (an import keeps the first order's date)
     * @param advisor the username of the advisor they have a relationship with, or null
     */
    public record Evidence(long now, long knownSince, String advisor, List<Entry> timeline, List<Brought> brought) {
    }

    private RelationshipTypology() {
    }

    public static List<Label> of(Evidence e) {
        List<Label> labels = new ArrayList<>();
        prescriber(e, labels);
        advisor(e, labels);
        regular(e, labels);
        omnichannel(e, labels);
        giftGiver(e, labels);
        backAfterAWhile(e, labels);
        newRelationship(e, labels);
        communityVoice(e, labels);
        quietForAWhile(e, labels);
        return labels;
    }

    private static List<Entry> within(Evidence e, long days) {
        return e.timeline().stream().filter(t -> t.ts() <= e.now() && e.now() - t.ts() <= days * DAY).toList();
    }

    private static void prescriber(Evidence e, List<Label> out) {
        if (e.brought().isEmpty()) {
            return;
        }
        List<String> en = e.brought().stream().map(b -> b.name() + " (" + b.ordersSince() + " order" + (b.ordersSince() == 1 ? "" : "s")
                + " since)").toList();
        List<String> fr = e.brought().stream().map(b -> b.name() + " (" + b.ordersSince() + " commande" + (b.ordersSince() > 1 ? "s" : "")
                + " depuis)").toList();
        out.add(new Label("prescriber", "brought " + String.join(", ", en), "a fait venir " + String.join(", ", fr)));
    }

    private static void advisor(Evidence e, List<Label> out) {
        if (e.advisor() == null) {
            return;
        }
        List<Entry> theirs = within(e, YEAR_DAYS).stream().filter(t -> e.advisor().equals(t.author())).toList();
        long notes = theirs.stream().filter(t -> t.kind().equals("NOTE")).count();
        long selections = theirs.stream().filter(t -> t.kind().equals("SELECTION")).count();
        if (notes + selections == 0) {
            return;
        }
        out.add(new Label("advisor-relationship", "followed by " + e.advisor() + ": " + notes + " note(s), " + selections
                + " selection(s) in 12 months", "relation avec " + e.advisor() + " : " + notes + " note(s), " + selections
                + " sélection(s) en 12 mois"));
    }

    private static void regular(Evidence e, List<Label> out) {
        long days = within(e, REGULAR_WITHIN_DAYS).stream()
                .filter(t -> t.channel().equals("STORE") && (t.kind().equals("VISIT") || t.kind().equals("ORDER")))
                .map(t -> t.ts() / DAY).distinct().count();
        if (days >= REGULAR_STORE_DAYS) {
            out.add(new Label("regular", days + " days in store in 6 months", days + " jours en boutique en 6 mois"));
        }
    }

    private static void omnichannel(Evidence e, List<Label> out) {
        Set<String> channels = new LinkedHashSet<>();
        within(e, YEAR_DAYS).stream().filter(t -> ACTIVITY.contains(t.kind()) && CHANNELS.containsKey(t.channel()))
                .sorted(Comparator.comparing(Entry::channel)).forEach(t -> channels.add(t.channel()));
        if (channels.size() >= 2) {
            out.add(new Label("omnichannel", "orders or visits " + join(channels, 0) + " in 12 months",
                    "commandes ou visites " + join(channels, 1) + " en 12 mois"));
        }
    }

    private static void giftGiver(Evidence e, List<Label> out) {
        List<Entry> gifts = within(e, YEAR_DAYS).stream().filter(t -> t.kind().equals("ORDER") && isGift(t.summary()))
                .sorted(Comparator.comparingLong(Entry::ts).reversed()).toList();
        if (!gifts.isEmpty()) {
            String latest = cut(gifts.get(0).summary(), 60);
            out.add(new Label("gift-giver", gifts.size() + " order(s) as a gift in 12 months, latest: " + latest,
                    gifts.size() + " commande(s) pour offrir en 12 mois, la dernière : " + latest));
        }
    }

    /** An order line that says it is a gift, in the words of the channel it came from. */
    static boolean isGift(String summary) {
        String s = summary == null ? "" : summary.toLowerCase(Locale.ROOT);
        return s.contains("gift") || s.contains("cadeau") || s.contains("offrir");
    }

    private static void backAfterAWhile(Evidence e, List<Label> out) {
        List<Long> times = activity(e);
        if (times.size() < 2) {
            return;
        }
        long latest = times.get(times.size() - 1);
        long gap = latest - times.get(times.size() - 2);
        if (e.now() - latest <= BACK_RECENT_DAYS * DAY && gap >= BACK_AFTER_DAYS * DAY) {
            long months = gap / (30 * DAY);
            out.add(new Label("back-after-a-while", "back after " + months + " months without an order or visit",
                    "retour après " + months + " mois sans commande ni visite"));
        }
    }

    private static void newRelationship(Evidence e, List<Label> out) {
        long first = e.timeline().stream().mapToLong(Entry::ts).min().orElse(e.knownSince());
        first = Math.min(first, e.knownSince());
        long days = (e.now() - first) / DAY;
        if (days <= NEW_WITHIN_DAYS) {
            out.add(new Label("new-relationship", "first known " + days + " day(s) ago", "premier contact il y a " + days + " jour(s)"));
        }
    }

    private static void communityVoice(Evidence e, List<Label> out) {
        long said = within(e, YEAR_DAYS).stream().filter(t -> t.kind().equals("FEEDBACK")).count();
        if (said >= COMMUNITY_FEEDBACK) {
            out.add(new Label("community-voice", "gave feedback on products " + said + " times in 12 months",
                    "a donné son avis sur des produits " + said + " fois en 12 mois"));
        }
    }

    private static void quietForAWhile(Evidence e, List<Label> out) {
        List<Long> times = activity(e);
        if (!times.isEmpty() && e.now() - times.get(times.size() - 1) > YEAR_DAYS * DAY) {
            long months = (e.now() - times.get(times.size() - 1)) / (30 * DAY);
            out.add(new Label("quiet-for-a-while", "no order or visit for " + months + " months",
                    "ni commande ni visite depuis " + months + " mois"));
        }
    }

    /** Times of orders, returns and visits up to now, oldest first. */
    private static List<Long> activity(Evidence e) {
        return e.timeline().stream().filter(t -> ACTIVITY.contains(t.kind()) && t.ts() <= e.now()).map(Entry::ts).sorted().toList();
    }

    private static String join(Set<String> channels, int language) {
        List<String> words = channels.stream().map(c -> CHANNELS.get(c)[language]).toList();
        String and = language == 0 ? " and " : " et ";
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + and + words.get(words.size() - 1);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
