package io.lien.server.moments.model;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The phrases of moments: which message says what, with which arguments. The words are in the
 * bundles (keys {@code moment.…}); product and zone names come with their article in each language
 * ("the navy trench coat" / "le trench bleu marine"), so no grammar is guessed here.
 */
public final class MomentTexts {

    /** Who did it: a client's first name and pronoun, or nobody we may name. */
    public record Who(String firstName, String pronoun) {
        public static final Who SOMEONE = new Who(null, null);

        boolean named() {
            return firstName != null;
        }

        /** she, he, or they: the bundles choose each language's word. */
        String pronounKey() {
            return pronoun == null ? "they" : pronoun;
        }
    }

    /** A past purchase worth mentioning. */
    public record Purchase(String productId, String channel, long ts) {
    }

    private MomentTexts() {
    }

    public static Phrase arrival(Who who) {
        return Phrase.of("moment.arrival", Arg.text(who.firstName()));
    }

    public static Phrase lift(Who who, String productId, String size, String zoneId) {
        if (who.named()) {
            return Phrase.of("moment.lift.named", Arg.text(who.firstName()), Arg.product(productId), Arg.text(size));
        }
        return Phrase.of("moment.lift.someone", Arg.product(productId), Arg.text(size), Arg.zone(zoneId));
    }

    public static Phrase boughtBefore(Who who, Purchase p, ZoneId tz) {
        int month = Instant.ofEpochMilli(p.ts()).atZone(tz).getMonthValue();
        return Phrase.of("moment.bought-before", Arg.text(who.pronounKey()), Arg.product(p.productId()), Arg.text(p.channel()),
                Arg.month(month));
    }

    public static Phrase tryOn(Who who, String productId, String size, String fittingRoomId) {
        if (who.named()) {
            return Phrase.of("moment.try-on.named", Arg.text(who.firstName()), Arg.product(productId), Arg.text(size),
                    Arg.zone(fittingRoomId));
        }
        return Phrase.of("moment.try-on.someone", Arg.productStart(productId), Arg.text(size), Arg.zone(fittingRoomId));
    }

    public static Phrase like(Who who, String productId) {
        return who.named()
                ? Phrase.of("moment.like.named", Arg.text(who.firstName()), Arg.product(productId))
                : Phrase.of("moment.like.someone", Arg.product(productId));
    }

    public static Phrase help(Who who, String productId, String zoneId) {
        return who.named()
                ? Phrase.of("moment.help.named", Arg.text(who.firstName()), Arg.product(productId))
                : Phrase.of("moment.help.someone", Arg.product(productId), Arg.zone(zoneId));
    }

    public static Phrase sizeRequest(Who who, String productId, String size, String zoneId) {
        Phrase base = Phrase.of("moment.size-request", Arg.text(size), Arg.product(productId), Arg.zone(zoneId));
        return who.named() ? base.plus(Phrase.of("moment.size-request.for", Arg.text(who.firstName()))) : base;
    }

    public static Phrase advisorCall(Who who, String zoneId) {
        Phrase base = Phrase.of("moment.advisor-call", Arg.zone(zoneId));
        return who.named() ? base.plus(Phrase.of("moment.advisor-call.for", Arg.text(who.firstName()))) : base;
    }

    /** "Léa is on it: …": what she took, so a colleague reading the feed knows not to go. */
    public static Phrase claim(String advisorFirstName, Phrase taken) {
        return Phrase.of("moment.claim", Arg.text(advisorFirstName)).plus(taken);
    }

    public static Phrase selectionOpened(String clientFirstName, String advisorFirstName, int pieces) {
        return Phrase.of("moment.selection-opened", Arg.text(clientFirstName), Arg.text(advisorFirstName), Arg.number(pieces));
    }

    /** "Camille reserved the navy trench coat (38) to try on — to put aside" */
    /** "Camille reserved the navy trench coat (38) to try on Saturday, from Léa's selection — to put aside". */
    public static Phrase reservedToTry(String clientFirstName, String productId, String size, java.time.DayOfWeek day, String advisor) {
        return Phrase.of("moment.reserved-to-try-from", Arg.text(clientFirstName), Arg.product(productId), Arg.text(size),
                Arg.weekday(day), Arg.text(advisor));
    }

    public static Phrase toCollect(String clientFirstName, String productId, String size, String advisor) {
        return Phrase.of("moment.to-collect", Arg.text(clientFirstName), Arg.product(productId), Arg.text(size), Arg.text(advisor));
    }

    public static Phrase orderedDelivered(String clientFirstName, String productId, String size) {
        return Phrase.of("moment.ordered-delivered", Arg.text(clientFirstName), Arg.product(productId), Arg.text(size));
    }

    public static Phrase lowBattery(String kind, String deviceId, int battery) {
        return Phrase.of("moment.low-battery", Arg.text(kind), Arg.text(deviceId), Arg.number(battery));
    }

    public static Phrase silent(String kind, String deviceId, long silentMs) {
        return Phrase.of("moment.silent", Arg.text(kind), Arg.text(deviceId), Arg.number(Math.max(1, silentMs / 60_000)));
    }

    /** "just browsing" is the client's wish: every moment about them carries it. */
    public static Phrase approachability(String code) {
        return switch (code == null ? "" : code) {
            case "just-browsing" -> Phrase.of("moment.approachability.just-browsing");
            case "advice-welcome" -> Phrase.of("moment.approachability.advice-welcome");
            default -> Phrase.none();
        };
    }
}
