package io.lien.server.setup;

import io.lien.server.ServerFixture;
import io.lien.server.clients.ClientRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A store's people: a manager invites an advisor who chooses a password through a link used once, a
 * reset stops the old password at once, and someone removed can no longer sign in while their client
 * book moves to a colleague.
 */
class StaffAccountsIT {

    private static ServerFixture server;
    private static String manager;
    private static String admin;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        manager = server.token("marc", "lien-demo");
        admin = server.token("ines", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int signIn(String user, String password) {
        return server.post("/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}").statusCode();
    }

    @Test
    void anInvitedAdvisorChoosesAPasswordOnceAndSignsInToHerStore() {
        HttpResponse<String> invited = server.post("/api/stores/demo/setup/staff", manager,
                "{\"username\":\"sarah\",\"name\":\"Sarah Martin\",\"role\":\"ADVISOR\"}");
        assertEquals(201, invited.statusCode(), invited.body());
        assertTrue(invited.body().contains("\"mailed\":false"), "no address, no letter: " + invited.body());
        assertEquals(401, signIn("sarah", "any guess at all"), "no password until she chooses one");
        String token = BackOfficeFixture.linkToken(invited);

        assertEquals(400, server.post("/api/invitations/" + token, null, "{\"password\":\"short\"}").statusCode(), "too short");
        assertEquals(204, server.post("/api/invitations/" + token, null, "{\"password\":\"a long enough secret\"}").statusCode());
        assertEquals(404, server.post("/api/invitations/" + token, null, "{\"password\":\"another long secret\"}").statusCode(), "once");
        assertEquals(200, signIn("sarah", "a long enough secret"));
        HttpResponse<String> me = server.get("/api/me", server.token("sarah", "a long enough secret"));
        assertTrue(me.body().contains("\"demo\""), me.body());
    }

    @Test
    void aManagerInvitesAdvisorsOnlyAndNeverToAnotherStore() {
        HttpResponse<String> asManager = server.post("/api/stores/demo/setup/staff", manager,
                "{\"username\":\"boss2\",\"name\":\"Second Boss\",\"role\":\"MANAGER\"}");
        assertEquals(400, asManager.statusCode(), asManager.body());
        HttpResponse<String> elsewhere = server.post("/api/stores/demo-lyon/setup/staff", manager,
                "{\"username\":\"lyonnais\",\"name\":\"Léo Lyon\",\"role\":\"ADVISOR\"}");
        assertEquals(403, elsewhere.statusCode(), "Marc's token is for the Marais: " + elsewhere.body());
        HttpResponse<String> taken = server.post("/api/stores/demo/setup/staff", manager,
                "{\"username\":\"lea\",\"name\":\"Another Léa\",\"role\":\"ADVISOR\"}");
        assertEquals(409, taken.statusCode(), taken.body());
        HttpResponse<String> byHeadOffice = server.post("/api/stores/demo-lyon/setup/staff", admin,
                "{\"username\":\"nadia\",\"name\":\"Nadia Benali\",\"role\":\"MANAGER\",\"email\":\"nadia@example.org\"}");
        assertEquals(201, byHeadOffice.statusCode(), byHeadOffice.body());
    }

    @Test
    void aResetStopsTheOldPasswordAtOnceAndTheNewLinkSetsANewOne() {
        HttpResponse<String> invited = server.post("/api/stores/demo/setup/staff", manager,
                "{\"username\":\"tom\",\"name\":\"Tom Petit\",\"role\":\"ADVISOR\"}");
        server.post("/api/invitations/" + BackOfficeFixture.linkToken(invited), null, "{\"password\":\"first password 1\"}");
        assertEquals(200, signIn("tom", "first password 1"));
        HttpResponse<String> reset = server.post("/api/stores/demo/setup/staff/tom/reset", manager, "{}");
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals(401, signIn("tom", "first password 1"), "the old password stops now");
        server.post("/api/invitations/" + BackOfficeFixture.linkToken(reset), null, "{\"password\":\"second password 2\"}");
        assertEquals(200, signIn("tom", "second password 2"));
        assertEquals(404, server.post("/api/stores/demo/setup/staff/marc/reset", manager, "{}").statusCode(),
                "a manager looks after advisors, not other managers");
    }

    @Test
    void someoneRemovedCannotSignInAndTheirClientsMoveToAColleague() {
        ClientRepository clients = server.context().getBean(ClientRepository.class);
        long leasBook = clients.countByAdvisorUsername("lea");
        assertTrue(leasBook > 0, "the demo gives Léa clients");
        HttpResponse<String> noTaker = server.delete("/api/stores/demo/setup/staff/lea", manager);
        assertEquals(400, noTaker.statusCode(), "her clients need a colleague: " + noTaker.body());
        assertEquals(200, signIn("lea", "lien-demo"), "nothing changed");

        HttpResponse<String> removed = server.delete("/api/stores/demo/setup/staff/lea?booksTo=marc", manager);
        assertEquals(200, removed.statusCode(), removed.body());
        assertTrue(removed.body().contains("\"clientsMoved\":" + leasBook), removed.body());
        assertEquals(401, signIn("lea", "lien-demo"));
        assertEquals(0, clients.countByAdvisorUsername("lea"));
        HttpResponse<String> staff = server.get("/api/stores/demo/setup/staff", manager);
        assertTrue(staff.body().contains("\"username\":\"lea\",\"name\":\"Léa Dubois\",\"role\":\"ADVISOR\",\"storeId\":\"demo\",\"removed\":true"),
                "kept, marked removed: " + staff.body());
        HttpResponse<String> log = server.get("/api/stores/demo/setup/changes", manager);
        assertTrue(log.body().contains("\"subjectId\":\"lea\",\"action\":\"removed\""), log.body());
        assertFalse(server.delete("/api/stores/demo/setup/staff/marc?booksTo=lea", manager).statusCode() == 200, "nobody removes themselves");
    }
}
