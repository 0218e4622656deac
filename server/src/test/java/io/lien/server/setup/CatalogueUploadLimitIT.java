package io.lien.server.setup;

import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A catalogue upload above the set limit is refused with its reason, and hostile names are shown as text, never run. */
class CatalogueUploadLimitIT {

    private static ServerFixture server;
    private static String admin;

    @BeforeAll
    static void start() {
        server = ServerFixture.start(Map.of("lien.setup.import-max-bytes", 4096));
        admin = server.token("ines", "lien-demo");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> upload(String body) {
        return server.send(HttpRequest.newBuilder(server.http("/api/admin/catalogue?name=up.csv")).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aFileAboveTheLimitIsRefusedWith413AndItsReasonAndNothingIsImported() {
        String big = "product_id,size,category,price,name_en\n" + "x-big,S,top,10,the big top\n".repeat(400);
        HttpResponse<String> r = upload(big);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("lien.setup.import-max-bytes"), r.body());
        assertTrue(server.get("/api/admin/catalogue/imports", admin).body().equals("[]"), "no import started");
    }

    @Test
    void aHostileNameIsImportedAsTextAndShownEscaped() {
        HttpResponse<String> r = upload("product_id,size,category,price,name_en,name_fr\n"
                + "x-evil,S,top,10,\"<script>alert(1)</script> the top\",\"<img src=x onerror=alert(1)> le haut\"\n");
        assertEquals(202, r.statusCode(), r.body());
        await().atMost(Duration.ofSeconds(20)).until(() -> server.get("/api/admin/catalogue/imports", admin).body().contains("\"state\":\"done\""));
        BackOfficePagesIT.Visitor ines = new BackOfficePagesIT.Visitor(server).signIn("ines");
        String page = ines.get("/office/catalogue?q=x-evil&lang=en").body();
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; the top"), page);
        assertFalse(page.contains("<script>alert(1)"), "never markup");
        assertFalse(page.contains("<img src=x"), "never markup");
    }
}
