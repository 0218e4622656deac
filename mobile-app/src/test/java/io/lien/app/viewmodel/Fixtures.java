package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.Dtos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Data the ViewModel tests share. */
final class Fixtures {

    static final I18n ENGLISH = new I18n(Locale.ENGLISH);
    static final I18n FRENCH = new I18n(Locale.FRENCH);

    private Fixtures() {
    }

    static Dtos.Moment moment(long id, String text, String clientId, String approachability) {
        return new Dtos.Moment(id, "demo", 1_790_000_000_000L + id * 1000, "LIFT", text, clientId,
                clientId == null ? null : "Camille", approachability, "coats", "h-003", "p-trench-navy", null, null, null);
    }

    static Dtos.Moment claim(long id, long refersTo, String advisor, String advisorName) {
        return new Dtos.Moment(id, "demo", 1_790_000_000_000L + id * 1000, "CLAIM", advisorName + " is on it: …",
                "c-camille", "Camille", null, "coats", "h-003", "p-trench-navy", refersTo, advisor,
                advisorName);
    }

    /** A card with what a test gives; the rest empty. */
    static Dtos.ClientCard card(String id, String first, String approachability, List<Dtos.Starter> starters,
                                List<Dtos.TimelineEntry> timeline) {
        return new Dtos.ClientCard(id, first, "Laurent", "fr", "whatsapp", "coats 38", "tailoring", approachability, true,
                consents(), "21:00-08:00",
                List.of(new Dtos.DateEntry("birthday", "her daughter Inès", 12, 2, 9)),
                List.of(new Dtos.Person("brought", "Amara Diallo", "c-amara", 1L, 1)),
                List.of(new Dtos.Typology("gift-giver", "1 order as a gift in 12 months, latest: Floral midi dress")), starters,
                List.of(new Dtos.Touched("p-trench-navy", "the navy trench coat", "38", true)), timeline,
                List.of(new Dtos.Credited("webshop:W-1001", 1_796_551_200_000L, "WEB", 42_000, 60, 25_200,
                        "60 %: Léa, who sent the selection it was in on Dec 3, 2026; 40 %: Marc, who talked with the client in store on Dec 5, 2026")));
    }

    /** In the server's order (a JSON object read in order). */
    private static Map<String, Boolean> consents() {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("presence", true);
        given.put("contact-email", false);
        given.put("contact-messaging", true);
        return given;
    }

    static Dtos.TimelineEntry entry(long ts, String channel, String kind, String summary) {
        return new Dtos.TimelineEntry(ts, channel, kind, summary, null, null, null, null);
    }

    static Dtos.LiveStore storeWithCamilleAndTwoAnonymous(long arrivedAt) {
        return storeWithCamilleAndTwoAnonymous(arrivedAt, "Coats");
    }

    /** {@code zoneName}: as the server names the zone, in the language the app asked for. */
    static Dtos.LiveStore storeWithCamilleAndTwoAnonymous(long arrivedAt, String zoneName) {
        return new Dtos.LiveStore("demo", 3, 2, List.of(new Dtos.PresentClient("c-camille", "Camille", "Laurent", "coats",
                zoneName, arrivedAt, arrivedAt, "just-browsing",
                List.of(new Dtos.Typology("gift-hunt", "looked at gifts")))), List.of(), List.of());
    }
}
