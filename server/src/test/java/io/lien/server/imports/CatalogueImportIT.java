package io.lien.server.imports;

import io.lien.server.ServerFixture;
import io.lien.server.imports.application.CatalogueImport;
import io.lien.server.imports.application.ClientBookImport;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Importing a catalogue into the real database: CSV (comma, semicolon, BOM, quoted header) and JSON, the same
 * file twice writes nothing, a changed file changes what changed, bad rows and bad files are refused with reasons.
 */
class CatalogueImportIT {

    private static ServerFixture server;
    private static CatalogueImport importer;
    private static DataSource db;
    @TempDir
    static Path dir;

    static final String HEADER = "product_id,size,colour,sku,category,collection,price,image_url,name_en,name_fr";

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        db = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
        importer = new CatalogueImport(db);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String one(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    private static ClientBookImport.Report run(Path file) throws Exception {
        List<Long> progress = new ArrayList<>();
        ClientBookImport.Report report = importer.importFile(file, (done, total, rows) -> progress.add(done * 100 / Math.max(1, total)));
        assertEquals(100L, progress.get(progress.size() - 1), "the progress ends at 100 %");
        return report;
    }

    @Test
    void aCsvCatalogueWritesProductsNamesAndVariantsOnceAndTheSameFileAgainWritesNothing() throws Exception {
        Path csv = file("catalogue.csv", HEADER,
                "k-parka,S,olive,SKU-P-S,coat,autumn,189.00,https://img.example.org/parka.jpg,the olive parka,la parka olive",
                "k-parka,M,olive,SKU-P-M,coat,autumn,189.00,https://img.example.org/parka.jpg,the olive parka,la parka olive",
                "k-parka,L,olive,,coat,autumn,189.00,https://img.example.org/parka.jpg,the olive parka,la parka olive",
                "k-beret,TU,,,accessory,,35,,\"the beret, in wool\",le béret");
        ClientBookImport.Report first = run(csv);
        assertEquals(4, first.rows());
        assertEquals(4, first.imported(), first.rejectionsByLine());
        assertEquals("18900", one("SELECT price_cents FROM product WHERE id = 'k-parka'"));
        assertEquals("la parka olive", one("SELECT name FROM product_name WHERE product_id = 'k-parka' AND language = 'fr'"));
        assertEquals("the beret, in wool", one("SELECT name FROM product_name WHERE product_id = 'k-beret' AND language = 'en'"));
        assertEquals("2", one("SELECT size_order FROM product_variant WHERE id = 'k-parka/L/olive'"));
        assertEquals("https://img.example.org/parka.jpg", one("SELECT image_url FROM product WHERE id = 'k-parka'"));

        ClientBookImport.Report again = run(csv);
        assertEquals(0, again.imported());
        assertEquals(4, again.unchanged());
    }

    @Test
    void aNewPriceAndANewNameChangeTheProductAndNothingElse() throws Exception {
        run(file("v1.csv", HEADER, "k-skirt,36,,,skirt,,80.00,,the skirt,la jupe", "k-skirt,38,,,skirt,,80.00,,the skirt,la jupe"));
        ClientBookImport.Report v2 = run(file("v2.csv", HEADER, "k-skirt,36,,,skirt,,85.50,,the pleated skirt,la jupe plissée",
                "k-skirt,38,,,skirt,,85.50,,the pleated skirt,la jupe plissée"));
        assertEquals(1, v2.imported(), "the product changed once; its variants did not");
        assertEquals("8550", one("SELECT price_cents FROM product WHERE id = 'k-skirt'"));
        assertEquals("la jupe plissée", one("SELECT name FROM product_name WHERE product_id = 'k-skirt' AND language = 'fr'"));
        assertEquals("2", one("SELECT COUNT(*) FROM product_name WHERE product_id = 'k-skirt'"));
    }

    @Test
    void aFrenchSpreadsheetWithSemicolonsDecimalCommasAndABomBeforeAQuotedHeaderIsRead() throws Exception {
        String text = "\uFEFF\"product_id\";\"size\";\"category\";\"price\";\"name_fr\";\"name_en\"\r\n"
                + "k-gilet;M;maille;59,90;le gilet;the cardigan\r\n";
        Path csv = Files.write(dir.resolve("excel-fr.csv"), text.getBytes(StandardCharsets.UTF_8));
        ClientBookImport.Report report = run(csv);
        assertEquals(1, report.imported(), report.rejectionsByLine());
        assertTrue(report.format().contains("semicolon"), report.format());
        assertEquals("5990", one("SELECT price_cents FROM product WHERE id = 'k-gilet'"));
    }

    @Test
    void badRowsAreRefusedWithTheirLineAndReasonAndTheRestIsImported() throws Exception {
        run(file("owner.csv", HEADER, "k-owner,S,,SKU-OWNED,top,,20,,the top,le haut"));
        ClientBookImport.Report report = run(file("bad-rows.csv", HEADER,
                "k-ok,S,,,top,,20,,the top,le haut",
                "k bad,S,,,top,,20,,the top,le haut",
                "k-noname,S,,,top,,20,,,",
                "k-price,S,,,top,,twenty,,the top,le haut",
                "k-ok,S,,,top,,20,,the top,le haut",
                "k-ok,M,,,top,,25,,the top,le haut",
                "k-img,S,,,top,,20,javascript:alert(1),the top,le haut",
                "k-sku,S,,SKU-OWNED,top,,20,,the top,le haut",
                "k-ok,L,,,top,,20,,the top,le haut," + "x".repeat(70_000)));
        assertEquals(9, report.rows());
        assertEquals(1, report.imported());
        assertEquals(8, report.rejected());
        String all = report.rejectionsByLine();
        assertTrue(all.contains("line 3: product_id 'k bad' must match"), all);
        assertTrue(all.contains("line 4: a name is missing"), all);
        assertTrue(all.contains("line 5: price 'twenty' is not an amount"), all);
        assertTrue(all.contains("line 6: variant k-ok/S is given twice (first on line 2)"), all);
        assertTrue(all.contains("line 7: product k-ok is described differently on line 2"), all);
        assertTrue(all.contains("line 8: image_url 'javascript:alert(1)' is not an http(s) address"), all);
        assertTrue(all.contains("line 9: sku SKU-OWNED is already variant k-owner/S's"), all);
        assertTrue(all.contains("line 10: record longer than"), all);
        assertEquals(null, one("SELECT id FROM product WHERE id = 'k-img'"), "nothing refused is written");
    }

    @Test
    void aFileThatIsNotUtf8AHeaderThatIsNotACataloguesAndBrokenJsonAreRefusedWithAClearMessage() throws Exception {
        byte[] latin1 = (HEADER + "\nk-latin,S,,,top,,20,,the top,le haut brodé\n").getBytes(StandardCharsets.ISO_8859_1);
        IllegalArgumentException notUtf8 = assertThrows(IllegalArgumentException.class,
                () -> run(Files.write(dir.resolve("latin1.csv"), latin1)));
        assertTrue(notUtf8.getMessage().contains("not UTF-8") && notUtf8.getMessage().contains("line 2"), notUtf8.getMessage());
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class,
                () -> run(file("clients.csv", "id,first_name,last_name", "c-1,Ann,Lee")));
        assertTrue(header.getMessage().contains("product_id, size, category, price"), header.getMessage());
        IllegalArgumentException json = assertThrows(IllegalArgumentException.class,
                () -> run(file("broken.json", "{\"products\": [{\"id\": \"k-1\", \"price\": 10,", "]")));
        assertTrue(json.getMessage().contains("line 2"), json.getMessage());
        IllegalArgumentException tooLongHeader = assertThrows(IllegalArgumentException.class,
                () -> run(file("huge-header.csv", "product_id," + "x".repeat(70_000))));
        assertTrue(tooLongHeader.getMessage().contains("header line is longer"), tooLongHeader.getMessage());
    }

    @Test
    void headOfficeUploadsACatalogueFollowsItsProgressAndGetsTheRefusedRowsAsCsv() {
        String admin = server.token("ines", "lien-demo");
        String body = HEADER + "\nk-up,S,,,top,,20,,the up top,le haut du haut\nk-up,M,,,top,,20,,the up top,le haut du haut\n"
                + "k-up,L,,,top,,twenty,,the up top,le haut du haut\n";
        java.net.http.HttpResponse<String> started = server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/admin/catalogue?name=up.csv"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
        assertEquals(202, started.statusCode(), started.body());
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(started.body());
        assertTrue(id.find(), started.body());
        String job = "/api/admin/catalogue/imports/" + id.group(1);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> server.get(job, admin).body().contains("\"state\":\"done\""));
        String report = server.get(job, admin).body();
        assertTrue(report.contains("\"rows\":3") && report.contains("\"written\":2") && report.contains("\"refused\":1"), report);
        assertTrue(server.context().getBean(io.lien.server.registry.DeviceRegistry.class).product("k-up").isPresent(),
                "the registry knows it at once");
        String csv = server.get(job + "/rejected.csv", admin).body();
        assertTrue(csv.startsWith("line,reason") && csv.contains("4,price 'twenty' is not an amount"), csv);
        java.net.http.HttpResponse<String> empty = server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/admin/catalogue"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(400, empty.statusCode(), empty.body());
        assertEquals(404, server.get("/api/admin/catalogue/imports/nope", admin).statusCode());
    }

    @Test
    void aProductIsRetiredOnlyOnceNoHangerCarriesItAndComesBackWithItsHistory() throws Exception {
        String admin = server.token("ines", "lien-demo");
        String advisor = server.token("lea", "lien-demo");
        java.net.http.HttpResponse<String> onHangers = server.delete("/api/admin/catalogue/products/p-trench-navy", admin);
        assertEquals(409, onHangers.statusCode(), onHangers.body());
        assertTrue(onHangers.body().contains("demo=5"), onHangers.body());
        run(file("gone.csv", HEADER, "k-gone,S,,,top,,20,,the old top,l'ancien haut"));
        server.context().getBean(io.lien.server.registry.DeviceRegistry.class).reload();
        assertEquals(200, server.delete("/api/admin/catalogue/products/k-gone", admin).statusCode());
        assertTrue(!server.get("/api/products", advisor).body().contains("k-gone"), "no longer offered to advisors");
        assertEquals("1", one("SELECT COUNT(*) FROM product WHERE id = 'k-gone' AND retired_at IS NOT NULL"), "kept, retired");
        assertEquals(404, server.delete("/api/admin/catalogue/products/k-gone", admin).statusCode(), "retired once");
        assertEquals(403, server.delete("/api/admin/catalogue/products/k-top", advisor).statusCode());
        assertEquals(200, server.post("/api/admin/catalogue/products/k-gone/restore", admin, "{}").statusCode());
        assertTrue(server.get("/api/products", advisor).body().contains("k-gone"));
        assertTrue(server.get("/api/admin/catalogue/products?q=ancien", admin).body().contains("\"id\":\"k-gone\""));
    }

    @Test
    void aJsonCatalogueIsReadAsAStreamWithTheSameRules() throws Exception {
        ClientBookImport.Report report = run(file("catalogue.json", "{\"source\": \"erp\", \"products\": [",
                "  {\"id\": \"k-trouser\", \"category\": \"trousers\", \"price\": 120.5, \"names\": {\"en\": \"the wide trousers\","
                        + " \"fr\": \"le pantalon large\", \"de\": \"die weite Hose\"},",
                "   \"variants\": [{\"size\": \"36\"}, {\"size\": \"38\", \"sku\": \"T-38\"}]},",
                "  {\"id\": \"k-nope\", \"category\": \"trousers\", \"price\": \"cheap\", \"names\": {\"en\": \"x\"}, \"variants\": [{\"size\": \"1\"}]},",
                "  {\"id\": \"k-empty\", \"category\": \"trousers\", \"price\": 1, \"names\": {\"en\": \"x\"}, \"variants\": []}",
                "]}"));
        assertEquals(4, report.rows());
        assertEquals(2, report.imported(), report.rejectionsByLine());
        assertEquals("12050", one("SELECT price_cents FROM product WHERE id = 'k-trouser'"));
        assertEquals("die weite Hose", one("SELECT name FROM product_name WHERE product_id = 'k-trouser' AND language = 'de'"));
        assertTrue(report.rejectionsByLine().contains("line 4: price is missing or not an amount"), report.rejectionsByLine());
        assertTrue(report.rejectionsByLine().contains("line 5: product k-empty has no variants"), report.rejectionsByLine());
    }
}
