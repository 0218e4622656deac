package io.lien.server.demo;

import io.lien.server.clients.AppInstall;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.ClientEvent.Channel;
import io.lien.server.clients.ClientEvent.Kind;
import io.lien.server.clients.ImportantDate;
import io.lien.server.clients.Relationship;
import io.lien.server.followups.FollowUp;
import io.lien.server.community.ProductFeedback;
import io.lien.server.consent.ConsentChange;
import io.lien.server.shoppers.ShopperLogin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Clients of the demo store with real-looking histories, dated relative to today so that
 * "in October" stays a recent month whenever the demo runs.
 */
final class DemoClients {

    private DemoClients() {
    }

    static List<Client> clients(long now) {
        return List.of(
                new Client("c-camille", "Camille", "Laurent", "she", "camille.laurent@example.org", "+33 6 12 34 56 78",
                        "fr", "whatsapp", "coats 38, knit M", "tailoring, navy and camel, vintage markets; buys gifts for her daughter Inès",
                        true, Approachability.ADVICE_WELCOME, "lea", now - days(900)),
                new Client("c-sophie", "Sophie", "Martin", "she", "sophie.martin@example.org", null,
                        "fr", "email", "dresses 36", "linen, garden parties, quiet Saturday mornings",
                        true, Approachability.JUST_BROWSING, "lea", now - days(400)),
                new Client("c-hugo", "Hugo", "Bernard", "he", "hugo.b@example.org", "+33 6 98 76 54 32",
                        "fr", "sms", "L", "running, minimal wardrobe", false, Approachability.NOT_SAID, null, now - days(200)),
                new Client("c-amara", "Amara", "Diallo", "she", "amara.diallo@example.org", null,
                        "en", "email", "dresses 38", "colour, prints, brings her sister Awa", true,
                        Approachability.NOT_SAID, "lea", now - days(600)),
                new Client("c-jules", "Jules", "Moreau", "they", null, "+33 7 11 22 33 44",
                        "fr", "phone", "M", "cashmere, gifts for friends", true, Approachability.NOT_SAID, null, now - days(120)));
    }

    /** How each demo client gave (or took back) their consents, matching their records above. */
    static List<ConsentChange> consents(long now) {
        return List.of(
                consent("c-camille", "presence", true, null, now - days(900), "shopper-app", "client"),
                consent("c-camille", "contact-messaging", true, null, now - days(900), "shopper-app", "client"),
                consent("c-camille", "profiling", true, null, now - days(95), "advisor", "lea"),
                consent("c-camille", "quiet-hours", true, "21:00-08:00", now - days(60), "web", "client"),
                consent("c-sophie", "presence", true, null, now - days(400), "shopper-app", "client"),
                consent("c-sophie", "contact-email", true, null, now - days(400), "web", "client"),
                consent("c-hugo", "presence", true, null, now - days(200), "shopper-app", "client"),
                consent("c-hugo", "presence", false, null, now - days(150), "web", "client"),
                consent("c-amara", "presence", true, null, now - days(600), "shopper-app", "client"),
                consent("c-amara", "contact-email", true, null, now - days(600), "web", "client"),
                consent("c-jules", "presence", true, null, now - days(120), "fixture", "client"),
                consent("c-jules", "contact-phone", true, null, now - days(12), "advisor", "lea"));
    }

    /** Léa's reminders: one she is late for, one for today, so that the list shows what it is for. */
    static List<FollowUp> followUps(long now, String storeId) {
        LocalDate today = Instant.ofEpochMilli(now).atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        return List.of(new FollowUp(null, "c-jules", storeId, "lea", today.minusDays(1),
                        "Max's birthday: call about the cashmere in M", now - days(6), null, null),
                new FollowUp(null, "c-camille", storeId, "lea", today, "Tell Camille the camel coat is back in 38", now - days(3), null, null),
                new FollowUp(null, "c-amara", storeId, "lea", today.plusDays(4), "Prints arrive: show Amara and her sister Awa",
                        now - days(1), null, null));
    }

    /** Dates that matter, placed relative to today so that the demo always has one coming up. */
    static List<ImportantDate> importantDates(long now) {
        LocalDate today = Instant.ofEpochMilli(now).atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        return List.of(date("c-camille", "birthday", "her daughter Inès", "Inès", today.plusDays(9)),
                date("c-camille", "birthday", null, null, today.plusDays(120)),
                date("c-sophie", "anniversary", null, null, today.plusDays(40)),
                date("c-jules", "birthday", "their friend Max", "Max", today.plusDays(5)));
    }

    static List<Relationship> relationships(long now) {
        return List.of(new Relationship(null, "c-camille", "household", null, "her daughter Inès", now - days(900)),
                new Relationship(null, "c-amara", "brought-by", "c-camille", "Camille Laurent", now - days(600)),
                new Relationship(null, "c-amara", "household", null, "her sister Awa", now - days(600)),
                new Relationship(null, "c-jules", "friend", "c-sophie", "Sophie Martin", now - days(120)));
    }

    private static ImportantDate date(String client, String kind, String person, String name, LocalDate next) {
        return new ImportantDate(null, client, kind, person, name, next.getMonthValue(), next.getDayOfMonth());
    }

    /** What demo clients said about products: praise and criticism alike. */
    static List<ProductFeedback> feedback(long now) {
        return List.of(
                new ProductFeedback(null, "p-dress-emerald", "c-amara", now - days(18), "comment", "praise",
                        "The colour is even better in daylight; the wrap holds all day.", true),
                new ProductFeedback(null, "p-shirt-linen", "c-sophie", now - days(60), "comment", "critical",
                        "Lovely linen, but it creases by lunchtime and runs large: take a size down.", true),
                new ProductFeedback(null, "p-shirt-linen", "c-jules", now - days(20), "comment", "question",
                        "Does it shrink at 30 degrees?", false),
                new ProductFeedback(null, "p-dress-emerald", "c-camille", now - days(10), "like", null, null, false));
    }

    /** Demo shoppers who can sign in (same demo password as the advisors). */
    static List<ShopperLogin> shopperLogins(String passwordHash) {
        return List.of(new ShopperLogin("camille.laurent@example.org", "c-camille", passwordHash),
                new ShopperLogin("sophie.martin@example.org", "c-sophie", passwordHash),
                new ShopperLogin("hugo.b@example.org", "c-hugo", passwordHash));
    }

    private static ConsentChange consent(String client, String kind, boolean granted, String value, long ts, String source,
                                         String actor) {
        return new ConsentChange(null, client, kind, granted, value, ts, source, actor, null);
    }

    static List<AppInstall> installs() {
        return List.of(new AppInstall("inst-camille", "c-camille"), new AppInstall("inst-sophie", "c-sophie"),
                new AppInstall("inst-hugo", "c-hugo"));
    }

    static List<ClientEvent> history(long now, String store) {
        return List.of(
                order("c-camille", now - days(41), Channel.WEB, "Navy silk scarf, for herself", "p-scarf-navy", "TU", 9_500, null),
                order("c-camille", now - days(95), Channel.STORE, "Grey cashmere sweater with Léa", "p-sweater-cashmere", "M", 19_000, store),
                order("c-camille", now - days(180), Channel.APP, "Floral midi dress, a gift for her daughter Inès", "p-dress-floral", "36", 21_000, null),
                event("c-camille", now - days(95), Channel.STORE, Kind.NOTE, "Prefers fitting room 1 (better light). Looking for a trench before winter.", store),
                event("c-camille", now - days(175), Channel.PHONE, Kind.RETURN, "Returned the floral dress in 38, exchanged for 36", store),
                order("c-sophie", now - days(70), Channel.APP, "Cream linen shirt", "p-shirt-linen", "S", 11_000, null),
                event("c-sophie", now - days(70), Channel.STORE, Kind.VISIT, "Browsed the dresses alone on a Saturday morning", store),
                order("c-amara", now - days(20), Channel.STORE, "Emerald wrap dress, with her sister Awa", "p-dress-emerald", "38", 23_000, store),
                order("c-jules", now - days(12), Channel.PHONE, "Grey cashmere sweater, a gift for their friend Max", "p-sweater-cashmere", "M", 19_000, null),
                order("c-hugo", now - days(30), Channel.WEB, "Ecru cable cardigan", "p-cardigan-ecru", "L", 16_000, null));
    }

    private static ClientEvent order(String client, long ts, Channel channel, String summary, String product, String size,
                                     int cents, String store) {
        return new ClientEvent(null, client, ts, channel, Kind.ORDER, summary, product, size, cents, store, null, null);
    }

    private static ClientEvent event(String client, long ts, Channel channel, Kind kind, String summary, String store) {
        return new ClientEvent(null, client, ts, channel, kind, summary, null, null, null, store, kind == Kind.NOTE ? "lea" : null, null);
    }

    private static long days(int n) {
        return Duration.ofDays(n).toMillis();
    }
}
