package io.lien.server.security;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Thirty wrong passwords in a row on a real server: after six the account is locked, each lock longer than the
 * last, answered 429 with Retry-After — for a name with an account exactly as for one without — each lock
 * audited; the right password waits its turn, then works. The back office's and shopper pages' forms are held
 * to the same count.
 */
class SignInThrottlingIT {

    private static ServerFixture server;
    private static String headOffice;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(Map.of("lien.sign-in.first-lock", "5s", "lien.sign-in.longest-lock", "8s"));
        headOffice = server.token("ines", "lien-demo"); // before any lock of this address
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> login(String user, String password) {
        return server.post("/login", null, "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void thirtyWrongPasswordsAreSlowedDownAndAnUnknownNameLooksTheSame() {
        List<String> known = answers("marc");
        List<String> unknown = answers("nobody-at-all");
        assertEquals(known, unknown, "a lock tells nobody which names exist");
        // five free, the sixth wrong password sets the lock, every later one waits
        assertEquals(List.of("401", "401", "401", "401", "401", "401"), known.subList(0, 6));
        assertTrue(known.subList(6, 30).stream().allMatch(a -> a.equals("429 retry")), known.toString());

        HttpResponse<String> locked = login("marc", "lien-demo");
        assertEquals(429, locked.statusCode(), "the right password waits too");
        assertTrue(locked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(locked.body().contains("Too many attempts"), locked.body());
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 5, "Retry-After " + retryAfter);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> login("marc", "lien-demo").statusCode() == 200);
        assertEquals(401, login("marc", "wrong").statusCode(), "a success starts the count again");

        List<SignInLock> audit = server.context().getBean(SignInLockRepository.class).findTop100OrderByIdDesc();
        assertTrue(audit.stream().anyMatch(l -> l.kind().equals("account") && l.subject().equals("marc") && l.failures() == 6), audit.toString());
        assertTrue(audit.stream().anyMatch(l -> l.subject().equals("nobody-at-all")), audit.toString());
    }

    /** Thirty wrong passwords: each answer's status, and Retry-After when there is one. */
    private static List<String> answers(String user) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> r = login(user, "guess-" + i);
            answers.add(r.statusCode() + r.headers().firstValue("Retry-After").map(s -> " retry").orElse(""));
        }
        return answers;
    }

    @Test
    void aShoppersFormIsLockedTooAndHerEmailIsNotInTheAudit() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        int last = 0;
        String retry = null;
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> r = browser.send(HttpRequest.newBuilder(server.http("/me/sign-in/password"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=camille.laurent%40example.org&password=guess" + i + "&lang=en"))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            last = r.statusCode();
            retry = r.headers().firstValue("Retry-After").orElse(null);
            if (last == 429) {
                assertTrue(r.body().contains("Too many attempts"), r.body());
                break;
            }
        }
        assertEquals(429, last);
        assertTrue(retry != null);
        List<SignInLock> audit = server.context().getBean(SignInLockRepository.class).findTop100OrderByIdDesc();
        assertTrue(audit.stream().anyMatch(l -> l.subject().startsWith("shopper:")), audit.toString());
        assertFalse(audit.toString().contains("camille"), "a digest, never the e-mail");
    }

    @Test
    void headOfficeReadsEachLockOnItsLogInItsLanguageAndAShopperOnlyAsADigest() throws Exception {
        for (int i = 0; i < 6; i++) {
            login("someone-guessed", "guess-" + i);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> server.context().getBean(SignInLockRepository.class).findTop100OrderByIdDesc()
                .stream().anyMatch(l -> l.subject().equals("someone-guessed")));
        HttpResponse<String> en = server.get("/office/log?lang=en", headOffice);
        assertEquals(200, en.statusCode(), en.body());
        assertTrue(en.body().contains("Sign-in locks") && en.body().contains("someone-guessed"), en.body());
        assertFalse(en.body().contains("camille.laurent"), "a shopper's address is never shown");
        HttpResponse<String> fr = server.get("/office/log?lang=fr", headOffice);
        assertTrue(fr.body().contains("Connexions bloquées") && fr.body().contains("Mots de passe faux"), fr.body());
    }
}
