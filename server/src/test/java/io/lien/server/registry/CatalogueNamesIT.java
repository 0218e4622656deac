package io.lien.server.registry;

import io.lien.server.LegacyDatabase;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names of garments and zones are rows by language: the old columns move over, and a language is rows. */
class CatalogueNamesIT {

    @Test
    void namesInTheOldColumnsMoveToRowsAndAnotherLanguageIsJustMoreRows(@TempDir Path data) throws Exception {
        LegacyDatabase.migratedTo(data, "16").execute(
                "INSERT INTO store (id, name, city, time_zone) VALUES ('old', 'Old shop', 'Paris', 'Europe/Paris')",
                "INSERT INTO zone (id, store_id, name_en, name_fr, kind) VALUES ('z-coats', 'old', 'Coats', 'Manteaux', 'floor')",
                "INSERT INTO product (id, name_en, name_fr, category, price_cents) "
                        + "VALUES ('p-trench', 'the navy trench coat', 'le trench bleu marine', 'coat', 42000)");
        try (ServerFixture server = ServerFixture.start(Map.of("lien.data-dir", data.toString(), "lien.demo.enabled", false))) {
            DeviceRegistry registry = server.context().getBean(DeviceRegistry.class);
            registry.reload();
            assertEquals("le trench bleu marine", registry.product("p-trench").orElseThrow().name(Locale.FRENCH));
            assertEquals("the navy trench coat", registry.product("p-trench").orElseThrow().name(Locale.ENGLISH));
            assertEquals("Manteaux", registry.zone("z-coats").orElseThrow().name(Locale.FRENCH));
            assertEquals("the navy trench coat", registry.product("p-trench").orElseThrow().name(Locale.GERMAN), "no German yet: English");

            server.context().getBean(NameRepositories.ProductNames.class).save(new NameRow.ProductName(null, "p-trench", "de",
                    "der marineblaue Trenchcoat"));
            registry.reload();
            assertEquals("der marineblaue Trenchcoat", registry.product("p-trench").orElseThrow().name(Locale.GERMAN));
        }
    }

    @Test
    void theCatalogueAnswersInTheReadersLanguage() {
        try (ServerFixture server = ServerFixture.start()) {
            String lea = server.token("lea", "lien-demo");
            HttpResponse<String> fr = server.send(HttpRequest.newBuilder(server.http("/api/products"))
                    .header("Authorization", "Bearer " + lea).header("Accept-Language", "fr").GET().build());
            assertTrue(fr.body().contains("\"name\":\"le trench bleu marine\""), fr.body());
            assertTrue(server.get("/api/products", lea).body().contains("\"name\":\"the navy trench coat\""));
        }
    }
}
