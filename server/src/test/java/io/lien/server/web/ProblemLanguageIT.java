package io.lien.server.web;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refusal reads in the caller's language: the title and the detail, from the bundles; English when Lien does not speak it. */
class ProblemLanguageIT {

    private static ServerFixture server;
    private static String lea;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        lea = server.token("lea", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String language) {
        return server.send(HttpRequest.newBuilder(server.http(path)).header("Authorization", "Bearer " + lea)
                .header("Accept-Language", language).GET().build());
    }

    private static HttpResponse<String> post(String path, String language, String json) {
        return server.send(HttpRequest.newBuilder(server.http(path)).header("Authorization", "Bearer " + lea)
                .header("Accept-Language", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    @Test
    void anUnknownClientIsNotFoundInFrenchForAFrenchReaderAndInEnglishOtherwise() {
        HttpResponse<String> fr = get("/api/clients/c-nobody", "fr-FR,fr;q=0.9");
        assertEquals(404, fr.statusCode());
        assertEquals("application/problem+json", fr.headers().firstValue("Content-Type").orElse(""));
        assertTrue(fr.body().contains("\"title\":\"Introuvable\",\"status\":404,\"detail\":\"Aucun client c-nobody.\""), fr.body());
        HttpResponse<String> en = get("/api/clients/c-nobody", "en");
        assertTrue(en.body().contains("\"title\":\"Not Found\",\"status\":404,\"detail\":\"No client c-nobody.\""), en.body());
        HttpResponse<String> ja = get("/api/clients/c-nobody", "ja");
        assertTrue(ja.body().contains("\"detail\":\"No client c-nobody.\""), "a language Lien does not speak reads English: " + ja.body());
    }

    @Test
    void aStoreScopeRefusalAndABusinessRefusalAreWordedInFrenchToo() {
        HttpResponse<String> otherStore = get("/api/stores/demo-lyon/live", "fr");
        assertEquals(403, otherStore.statusCode());
        assertTrue(otherStore.body().contains("\"detail\":\"Vous êtes connecté à la boutique demo, pas demo-lyon ; si c'est l'une des vôtres, "
                + "choisissez-la d'abord (POST /api/me/store).\""), otherStore.body());
        HttpResponse<String> note = post("/api/clients/c-camille/notes", "fr", "{\"tags\":[\"no-such-tag\"]}");
        assertEquals(400, note.statusCode());
        assertTrue(note.body().contains("\"detail\":\"Étiquette inconnue 'no-such-tag' ; GET /api/notes/tags les liste.\""), note.body());
        HttpResponse<String> consent = post("/api/clients/c-camille/consents", "fr", "{\"kind\":\"telepathy\",\"granted\":true}");
        assertEquals(400, consent.statusCode());
        assertTrue(consent.body().contains("Type de consentement inconnu 'telepathy'"), consent.body());
    }

    @Test
    void whatACallerTypedComesBackAsTypedWhateverItsBraces() {
        HttpResponse<String> note = post("/api/clients/c-camille/notes", "en", "{\"tags\":[\"{0} '{1}' #\"]}");
        assertEquals(400, note.statusCode());
        assertTrue(note.body().contains("\"detail\":\"Unknown tag '{0} '{1}' #'; GET /api/notes/tags lists them.\""), note.body());
    }
}
