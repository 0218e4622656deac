package io.lien.server.setup;

import io.lien.server.ServerFixture;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A second store opened through the back office's API, as head office would: Nantes, its plan and zones. */
public final class BackOfficeFixture {

    public static final String STORE = "nantes";

    private BackOfficeFixture() {
    }

    /** Opens Nantes (24 × 12 m, four zones and a fitting room) with head office's token. */
    public static void openNantes(ServerFixture server, String admin) {
        ok(server.post("/api/admin/stores", admin, "{\"id\":\"nantes\",\"name\":\"Lien Nantes — Graslin\",\"city\":\"Nantes\","
                + "\"timeZone\":\"Europe/Paris\",\"language\":\"fr\",\"openingHours\":\"mon closed; tue-sat 10:00-19:00; sun closed\"}"), 201);
        ok(server.put("/api/stores/nantes/setup/plan", admin, "{\"outline\":\"0 0, 24 0, 24 12, 0 12\"}"), 200);
        zone(server, admin, "nantes-entrance", "L'entrée", "The entrance", "entrance", null, "0 0, 6 0, 6 12, 0 12");
        zone(server, admin, "nantes-coats", "Les manteaux", "The coats", "floor", null, "6 0, 14 0, 14 12, 6 12");
        zone(server, admin, "nantes-fitting", "Les cabines", "The fitting rooms", "floor", null, "14 0, 24 0, 24 8, 14 8");
        zone(server, admin, "nantes-fitting-1", "La cabine 1", "Fitting room 1", "fitting-room", "nantes-fitting", "14 0, 19 0, 19 8, 14 8");
    }

    static void zone(ServerFixture server, String token, String id, String fr, String en, String kind, String parent, String shape) {
        ok(server.put("/api/stores/nantes/setup/zones/" + id, token, "{\"names\":{\"fr\":\"" + fr + "\",\"en\":\"" + en + "\"},"
                + "\"kind\":\"" + kind + "\"" + (parent == null ? "" : ",\"parentId\":\"" + parent + "\"")
                + ",\"shape\":\"" + shape + "\"}"), 200);
    }

    /** The token at the end of an invitation's link. */
    public static String linkToken(HttpResponse<String> invitation) {
        Matcher m = Pattern.compile("\"link\"\\s*:\\s*\"[^\"]*/welcome/([^\"]+)\"").matcher(invitation.body());
        if (!m.find()) {
            throw new AssertionError("no link: " + invitation.statusCode() + " " + invitation.body());
        }
        return m.group(1);
    }

    static void ok(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
    }
}
