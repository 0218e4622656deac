package io.lien.server.clientcard.model;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    /** Channels where a client is active, each said as message channel.{code}.where ("in store"). */
    private static final Set<String> CHANNELS = Set.of("STORE", "WEB", "APP", "PHONE");

    /** {@code evidence}: worded in the reader's language when read (message keys relationship.*). */
    public record Label(String code, Phrase evidence) {
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
        List<Phrase> people = e.brought().stream()
                .map(b -> Phrase.of("relationship.prescriber.person", Arg.text(b.name()), Arg.number(b.ordersSince()))).toList();
        out.add(new Label("prescriber", Phrase.of("relationship.prescriber").plus(Phrase.joined(people, "list.comma"))));
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
        out.add(label("advisor-relationship", Arg.text(e.advisor()), Arg.number(notes), Arg.number(selections)));
    }

    private static void regular(Evidence e, List<Label> out) {
        long days = within(e, REGULAR_WITHIN_DAYS).stream()
                .filter(t -> t.channel().equals("STORE") && (t.kind().equals("VISIT") || t.kind().equals("ORDER")))
                .map(t -> t.ts() / DAY).distinct().count();
        if (days >= REGULAR_STORE_DAYS) {
            out.add(label("regular", Arg.number(days)));
        }
    }

    private static void omnichannel(Evidence e, List<Label> out) {
        Set<String> channels = new LinkedHashSet<>();
        within(e, YEAR_DAYS).stream().filter(t -> ACTIVITY.contains(t.kind()) && CHANNELS.contains(t.channel()))
                .sorted(Comparator.comparing(Entry::channel)).forEach(t -> channels.add(t.channel()));
        if (channels.size() >= 2) {
            out.add(label("omnichannel", Arg.keys(channels.stream().map(c -> "channel." + c + ".where").toList())));
        }
    }

    private static void giftGiver(Evidence e, List<Label> out) {
        List<Entry> gifts = within(e, YEAR_DAYS).stream().filter(t -> t.kind().equals("ORDER") && isGift(t.summary()))
                .sorted(Comparator.comparingLong(Entry::ts).reversed()).toList();
        if (!gifts.isEmpty()) {
            String latest = cut(gifts.get(0).summary(), 60);
            out.add(label("gift-giver", Arg.number(gifts.size()), Arg.text(latest)));
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
            out.add(label("back-after-a-while", Arg.number(months)));
        }
    }

    private static void newRelationship(Evidence e, List<Label> out) {
        long first = e.timeline().stream().mapToLong(Entry::ts).min().orElse(e.knownSince());
        first = Math.min(first, e.knownSince());
        long days = (e.now() - first) / DAY;
        if (days <= NEW_WITHIN_DAYS) {
            out.add(label("new-relationship", Arg.number(days)));
        }
    }

    private static void communityVoice(Evidence e, List<Label> out) {
        long said = within(e, YEAR_DAYS).stream().filter(t -> t.kind().equals("FEEDBACK")).count();
        if (said >= COMMUNITY_FEEDBACK) {
            out.add(label("community-voice", Arg.number(said)));
        }
    }

    private static void quietForAWhile(Evidence e, List<Label> out) {
        List<Long> times = activity(e);
        if (!times.isEmpty() && e.now() - times.get(times.size() - 1) > YEAR_DAYS * DAY) {
            long months = (e.now() - times.get(times.size() - 1)) / (30 * DAY);
            out.add(label("quiet-for-a-while", Arg.number(months)));
        }
    }

    /** Times of orders, returns and visits up to now, oldest first. */
    private static List<Long> activity(Evidence e) {
        return e.timeline().stream().filter(t -> ACTIVITY.contains(t.kind()) && t.ts() <= e.now()).map(Entry::ts).sorted().toList();
    }

    /** A label whose evidence is the message relationship.{code}. */
    private static Label label(String code, Arg... args) {
        return new Label(code, Phrase.of("relationship." + code, args));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
