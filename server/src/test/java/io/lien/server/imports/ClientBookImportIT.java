package io.lien.server.imports;

import io.lien.server.ServerFixture;
import io.lien.server.imports.application.ClientBookImport;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
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

/** Importing client books into the real database: what is written, what is refused and why, and nothing twice. */
class ClientBookImportIT {

    private static ServerFixture server;
    private static ClientBookImport importer;
    private static DataSource db;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        db = DelegatingDataSource.unwrapDataSource(server.context().getBean(DataSource.class));
        importer = new ClientBookImport(db, "en");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static ClientBookImport.Report run(Path file) throws Exception {
        List<Long> progress = new ArrayList<>();
        ClientBookImport.Report report = importer.importFile(file, (done, total, rows) -> progress.add(done * 100 / total));
        assertEquals(100L, progress.get(progress.size() - 1), "the progress ends at 100 %");
        return report;
    }

    @Test
    void aLienClientBookIsImportedOnceWithItsConsentsAndItsRejectedRowsExplained() throws Exception {
        Path clients = file("clients.csv",
                "id,first_name,last_name,pronoun,email,phone,language,preferred_channel,sizes,interests,presence_consent,contact_email,contact_sms,advisor",
                "imp-1,Awa,Diallo,she,awa@example.org,,fr,email,38,\"prints, colour\",yes,yes,no,lea",
                "imp-2,Noé,Petit,he,,+33 6 11 11 11 11,fr,sms,M,,no,no,yes,",
                "imp 3,Bad,Id,,,,,,,,,,,",
                "imp-4,Lou,Blanc,it,,,,,,,,,,",
                "imp-1,Awa,Diallo,she,awa@example.org,,fr,email,38,,yes,yes,no,lea");
        Path orders = file("orders.csv",
                "ref,client_id,ts,channel,kind,product_id,size,amount,summary,store_id",
                "A-1,imp-1,2025-05-10T15:00:00Z,store,order,p-trench-navy,38,420.00,Navy trench coat,demo",
                "A-2,imp-1,2025-06-01,web,return,p-trench-navy,38,420.00,Returned the trench,",
                "A-3,imp-2,2025-06-02,app,order,,M,19.90,\"Socks, two pairs\",",
                "A-4,imp-9,2025-06-02,app,order,,,,Ghost order,",
                "A-5,imp-1,2025-06-02,app,order,p-unknown,,,Unknown product,",
                "A-6,imp-1,2025-06-02,fax,order,,,,By fax,");

        ClientBookImport.Report first = run(clients);
        assertEquals("lien-clients", first.format());
        assertEquals(5, first.rows());
        assertEquals(2, first.imported());
        assertEquals(1, first.unchanged(), "imp-1 twice in the file");
        assertEquals(2, first.rejected());
        assertEquals(4, first.rejections().get(0).line());
        assertTrue(first.rejections().get(0).reason().contains("id 'imp 3' must match"), first.rejections().toString());
        assertTrue(first.rejections().get(1).reason().contains("pronoun 'it'"), first.rejections().toString());
        assertEquals(2, count("SELECT COUNT(*) FROM consent_change WHERE client_id = 'imp-1' AND source = 'import'"), "presence and e-mail");

        ClientBookImport.Report lines = run(orders);
        assertEquals(3, lines.imported());
        assertEquals(3, lines.rejected());
        assertTrue(lines.rejectedByReason().containsKey("unknown client …"), lines.rejectedByReason().toString());
        assertTrue(lines.rejectedByReason().containsKey("unknown product …"), lines.rejectedByReason().toString());
        assertTrue(lines.rejectedByReason().keySet().stream().anyMatch(r -> r.startsWith("channel … is not one of")), lines.rejectedByReason().toString());
        assertEquals(42_000, count("SELECT amount_cents FROM client_event WHERE external_ref = 'lien:A-1'"));

        long events = count("SELECT COUNT(*) FROM client_event");
        long people = count("SELECT COUNT(*) FROM client");
        long consents = count("SELECT COUNT(*) FROM consent_change");
        ClientBookImport.Report again = run(clients);
        ClientBookImport.Report linesAgain = run(orders);
        assertEquals(0, again.imported() + linesAgain.imported(), "the same files a second time write nothing");
        assertEquals(3, again.unchanged());
        assertEquals(3, linesAgain.unchanged());
        assertEquals(events, count("SELECT COUNT(*) FROM client_event"));
        assertEquals(people, count("SELECT COUNT(*) FROM client"));
        assertEquals(consents, count("SELECT COUNT(*) FROM consent_change"));
        assertTrue(server.get("/api/clients/imp-1", server.token("lea", "lien-demo")).body().contains("Navy trench coat"));
    }

    @Test
    void shopifyExportsAreReadCustomersFirstThenOrdersByEMail() throws Exception {
        Path customers = file("customers_export.csv",
                "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address City,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags",
                "7012345678901,Jo,March,jo@example.org,yes,,Paris,,no,210.00,1,,no,\"vip, linen\"",
                "7012345678902,,,nobody@example.org,no,,,,no,0,0,,no,");
        Path ordersExport = file("orders_export.csv",
                "Name,Email,Financial Status,Paid at,Currency,Total,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Source",
                "#1001,jo@example.org,paid,,EUR,210.00,2024-03-05 14:22:11 +0100,2,Linen shirt,55.00,p-shirt-linen,pos",
                "#1001,,,,,,,1,Scarf,100.00,SCARF-9,",
                "#1002,stranger@example.org,paid,,EUR,10.00,2024-03-06 10:00:00 +0100,1,Gift card,10.00,,web");
        ClientBookImport.Report c = run(customers);
        assertEquals("shopify-customers", c.format());
        assertEquals(1, c.imported());
        assertEquals(1, c.rejected());
        ClientBookImport.Report o = run(ordersExport);
        assertEquals(2, o.imported());
        assertEquals(1, o.rejected());
        assertTrue(o.rejections().get(0).reason().contains("import the customers first"));
        assertEquals(1, count("SELECT COUNT(*) FROM client_event WHERE client_id = 'shopify-7012345678901' AND channel = 'STORE' AND product_id = 'p-shirt-linen'"));
        assertEquals(0, run(ordersExport).imported());
    }

    @Test
    void aFileWhoseHeaderIsNoKnownFormatIsRefusedBeforeAnyRow() throws Exception {
        Path unknown = file("mystery.csv", "foo,bar", "1,2");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> importer.importFile(unknown, (a, b, r) -> { }));
        assertTrue(e.getMessage().contains("docs/import.md"));
    }
}
