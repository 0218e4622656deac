package io.lien.server.moments;

import io.lien.server.LegacyDatabase;
import io.lien.server.ServerFixture;
import io.lien.server.registry.PhraseWording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A moment is stored once, as keys, and each tablet reads it in its advisor's language. */
class MomentLanguageIT {

    @Test
    void theSameMomentReadsInEachTabletsLanguage() {
        try (ServerFixture server = ServerFixture.start()) {
            String lea = server.token("lea", "lien-demo");
            Matcher link = Pattern.compile("\"link\":\"[^\"]*(/s/[^\"]+)\"").matcher(
                    server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-dress-emerald\",\"p-scarf-navy\"]}").body());
            assertTrue(link.find());
            assertEquals(200, server.get(link.group(1), null).statusCode());

            String english = server.get("/api/stores/demo/moments", lea).body();
            assertTrue(english.contains("\"text\":\"Amara opened the selection Léa sent (2 pieces)\""), english);
            String french = feed(server, lea, "fr-FR,fr;q=0.9");
            assertTrue(french.contains("\"text\":\"Amara a ouvert la sélection envoyée par Léa (2 pièces)\""), french);
            String unspoken = feed(server, lea, "ja");
            assertTrue(unspoken.contains("\"text\":\"Amara opened the selection Léa sent (2 pieces)\""), "the fallback: " + unspoken);
            assertTrue(!french.contains("textFr"), "one text, in the reader's language: " + french);
        }
    }

    @Test
    void momentsWrittenBeforePhrasesReadAsTheyWereNothingLost(@TempDir Path data) throws Exception {
        LegacyDatabase.migratedTo(data, "15").execute(
                "INSERT INTO store (id, name, city, time_zone) VALUES ('old', 'Old shop', 'Paris', 'Europe/Paris')",
                "INSERT INTO moment (store_id, ts, kind, text_en, text_fr) VALUES ('old', 1, 'ARRIVAL', "
                        + "'Camille is in the store · \"just\" browsing \\ ok', 'Camille est en boutique · « je regarde seulement »')");
        try (ServerFixture server = ServerFixture.start(Map.of("lien.data-dir", data.toString(), "lien.demo.enabled", false))) {
            PhraseWording wording = server.context().getBean(PhraseWording.class);
            Moment old = server.context().getBean(MomentRepository.class).findTop50ByStoreIdOrderByIdDesc("old").get(0);
            assertEquals("Camille is in the store · \"just\" browsing \\ ok", wording.word(old.phrase(), Locale.ENGLISH));
            assertEquals("Camille est en boutique · « je regarde seulement »", wording.word(old.phrase(), Locale.FRENCH));
        }
    }

    private static String feed(ServerFixture server, String token, String language) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.http("/api/stores/demo/moments"))
                .header("Authorization", "Bearer " + token).header("Accept-Language", language).GET().build());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }
}
