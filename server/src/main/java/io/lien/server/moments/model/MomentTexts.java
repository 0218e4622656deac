package io.lien.server.moments.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The sentences of moments. Product and zone names arrive with their article in each language
 * ("the navy trench coat" / "le trench bleu marine"), so no grammar is guessed here.
 */
public final class MomentTexts {

    /** Who did it: a client's first name and pronoun, or nobody we may name. */
    public record Who(String firstName, String pronoun) {
        public static final Who SOMEONE = new Who(null, null);

        boolean named() {
            return firstName != null;
        }

        String pronounFr() {
            return switch (pronoun == null ? "they" : pronoun) {
                case "she" -> "elle";
                case "he" -> "il";
                default -> "iel";
            };
        }

        String pronounEn() {
            return pronoun == null ? "they" : pronoun;
        }
    }

    /** A past purchase worth mentioning. */
    public record Purchase(Text product, String channel, long ts) {
    }

    private MomentTexts() {
    }

    public static Text arrival(Who who) {
        return Text.of(who.firstName() + " is in the store", who.firstName() + " est en boutique");
    }

    public static Text lift(Who who, Text product, String size, Text zone) {
        if (who.named()) {
            return Text.of(who.firstName() + " lifted " + product.en() + " (" + size + ")",
                    who.firstName() + " a pris " + product.fr() + " (" + size + ")");
        }
        return Text.of("A shopper lifted " + product.en() + " (" + size + ") — " + zone.en(),
                "Quelqu'un a pris " + product.fr() + " (" + size + ") — " + zone.fr());
    }

    public static Text boughtBefore(Who who, Purchase p, ZoneId tz) {
        Instant when = Instant.ofEpochMilli(p.ts());
        String monthEn = when.atZone(tz).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String monthFr = when.atZone(tz).getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
        return Text.of(" — " + who.pronounEn() + " bought " + p.product().en() + " " + channelEn(p.channel()) + " in " + monthEn,
                " — " + who.pronounFr() + " a acheté " + p.product().fr() + " " + channelFr(p.channel()) + " en " + monthFr);
    }

    public static Text tryOn(Who who, Text product, String size, Text fittingRoom) {
        if (who.named()) {
            return Text.of(who.firstName() + " took " + product.en() + " (" + size + ") to " + fittingRoom.en(),
                    who.firstName() + " essaie " + product.fr() + " (" + size + ") — " + fittingRoom.fr());
        }
        return Text.of(capitalise(product.en()) + " (" + size + ") went into " + fittingRoom.en(),
                capitalise(product.fr()) + " (" + size + ") est en essayage — " + fittingRoom.fr());
    }

    public static Text like(Who who, Text product) {
        return who.named()
                ? Text.of(who.firstName() + " liked " + product.en(), who.firstName() + " aime " + product.fr())
                : Text.of("A shopper liked " + product.en(), "Quelqu'un aime " + product.fr());
    }

    public static Text help(Who who, Text product, Text zone) {
        return who.named()
                ? Text.of(who.firstName() + " would like help with " + product.en(),
                        who.firstName() + " aimerait de l'aide pour " + product.fr())
                : Text.of("Help asked for " + product.en() + " — " + zone.en(),
                        "Aide demandée pour " + product.fr() + " — " + zone.fr());
    }

    public static Text sizeRequest(Who who, Text product, String size, Text zone) {
        Text base = Text.of("Size " + size + " of " + product.en() + " asked for at the mirror — " + zone.en(),
                "Taille " + size + " demandée pour " + product.fr() + " au miroir — " + zone.fr());
        return who.named() ? base.plus(Text.of(", for " + who.firstName(), ", pour " + who.firstName())) : base;
    }

    public static Text advisorCall(Who who, Text zone) {
        Text base = Text.of("An advisor is asked for at the mirror — " + zone.en(),
                "Un conseiller est demandé au miroir — " + zone.fr());
        return who.named() ? base.plus(Text.of(" (" + who.firstName() + ")", " (" + who.firstName() + ")")) : base;
    }

    /** "Léa is on it: …": what she took, so a colleague reading the feed knows not to go. */
    public static Text claim(String advisorFirstName, Text taken) {
        return Text.of(advisorFirstName + " is on it: " + taken.en(), advisorFirstName + " s'en occupe : " + taken.fr());
    }

    public static Text selectionOpened(String clientFirstName, String advisorFirstName, int pieces) {
        String s = pieces == 1 ? "" : "s";
        return Text.of(clientFirstName + " opened the selection " + advisorFirstName + " sent (" + pieces + " piece" + s + ")",
                clientFirstName + " a ouvert la sélection envoyée par " + advisorFirstName + " (" + pieces + " pièce" + s + ")");
    }

    public static Text lowBattery(String kind, String deviceId, int battery) {
        return Text.of(capitalise(kind) + " " + deviceId + ": battery at " + battery + " %",
                kindFr(kind) + " " + deviceId + " : batterie à " + battery + " %");
    }

    public static Text silent(String kind, String deviceId, long silentMs) {
        long minutes = Math.max(1, silentMs / 60_000);
        return Text.of(capitalise(kind) + " " + deviceId + " has been silent for " + minutes + " min",
                kindFr(kind) + " " + deviceId + " : silencieux depuis " + minutes + " min");
    }

    private static String kindFr(String kind) {
        return switch (kind) {
            case "hanger" -> "Cintre";
            case "beacon" -> "Balise";
            case "reader" -> "Lecteur";
            default -> "Écran";
        };
    }

    /** "just browsing" is the client's wish: every moment about them carries it. */
    public static Text approachability(String code) {
        return switch (code == null ? "" : code) {
            case "just-browsing" -> Text.of(" · just browsing", " · « je regarde seulement »");
            case "advice-welcome" -> Text.of(" · would like advice", " · aimerait des conseils");
            default -> Text.none();
        };
    }

    private static String channelEn(String channel) {
        return switch (channel) {
            case "WEB" -> "online";
            case "APP" -> "on the app";
            case "PHONE" -> "by phone";
            default -> "in store";
        };
    }

    private static String channelFr(String channel) {
        return switch (channel) {
            case "WEB" -> "en ligne";
            case "APP" -> "sur l'appli";
            case "PHONE" -> "par téléphone";
            default -> "en boutique";
        };
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
