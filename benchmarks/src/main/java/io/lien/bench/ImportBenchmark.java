package io.lien.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.lien.launcher.ImportCommand;
import io.lien.server.imports.application.ClientBookImport;
import io.lien.server.imports.model.CsvReader;
import org.flywaydb.core.Flyway;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 5's import target: 100,000 clients and 500,000 order lines (Lien's CSV format, generated
 * with a fixed seed) into a fresh H2 database, with the importer's own progress bar; then the
 * same files again (must write nothing). Reference in the same run: reading the same files with
 * the CSV reader alone. Run: {@code ./mvnw install -DskipTests -Pbench-import} (optional
 * {@code -Dlien.args="<clients> <lines>"}).
 */
public final class ImportBenchmark {

    private static final String[] FIRST = {"Camille", "Awa", "Noé", "Lou", "Jules", "Inès", "Hugo", "Sophie", "Amara", "Léa"};
    private static final String[] LAST = {"Laurent", "Diallo", "Petit", "Blanc", "Moreau", "Martin", "Bernard", "Dubois"};
    private static final String[] CHANNELS = {"store", "web", "app", "phone"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 500_000;
        Path dir = Files.createTempDirectory("lien-import-bench");
        Path clientFile = dir.resolve("clients.csv");
        Path orderFile = dir.resolve("orders.csv");
        generate(clientFile, orderFile, clients, lines, new Random(42));
        System.out.printf(Locale.ROOT, "files: %,d clients (%,d KB), %,d order lines (%,d KB)%n", clients, Files.size(clientFile) / 1024,
                lines, Files.size(orderFile) / 1024);

        long parse = System.nanoTime();
        long records = parseOnly(clientFile) + parseOnly(orderFile);
        double parseSeconds = (System.nanoTime() - parse) / 1e9;

        String url = ImportCommand.h2Url(dir.resolve("db"));
        try (HikariDataSource db = ImportCommand.dataSource(url, "sa", "")) {
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            ClientBookImport importer = new ClientBookImport(db, "fr");
            long start = System.nanoTime();
            ClientBookImport.Report c = importer.importFile(clientFile, new ImportCommand.Bar("clients.csv", System.out));
            ClientBookImport.Report o = importer.importFile(orderFile, new ImportCommand.Bar("orders.csv", System.out));
            double firstSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            ClientBookImport.Report c2 = importer.importFile(clientFile, (a, b, r) -> { });
            ClientBookImport.Report o2 = importer.importFile(orderFile, (a, b, r) -> { });
            double againSeconds = (System.nanoTime() - start) / 1e9;

            System.out.println();
            System.out.printf(Locale.ROOT, "Client book import — %,d clients + %,d order lines, H2 file, 2 cores%n", clients, lines);
            System.out.printf(Locale.ROOT, "reference, CSV reading alone (%,d records):   %6.1f s%n", records, parseSeconds);
            System.out.printf(Locale.ROOT, "first import: clients %,d imported / %,d refused in %.1f s, lines %,d imported / %,d refused in %.1f s: %6.1f s (%,.0f rows/s)%n",
                    c.imported(), c.rejected(), c.millis() / 1000.0, o.imported(), o.rejected(), o.millis() / 1000.0, firstSeconds,
                    (clients + lines) / firstSeconds);
            System.out.printf(Locale.ROOT, "same files again: %,d imported, %,d already there: %6.1f s%n", c2.imported() + o2.imported(),
                    c2.unchanged() + o2.unchanged(), againSeconds);
            System.out.printf(Locale.ROOT, "ratio CSV reading / first import: %.2f%n", parseSeconds / firstSeconds);
        }
        System.exit(0);
    }

    private static long parseOnly(Path file) throws IOException {
        long n = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvReader csv = new CsvReader(in);
            while (csv.next() != null) {
                n++;
            }
        }
        return n;
    }

    private static void generate(Path clientFile, Path orderFile, int clients, int lines, Random random) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(clientFile, StandardCharsets.UTF_8)) {
            w.write("id,first_name,last_name,pronoun,email,phone,language,preferred_channel,sizes,interests,presence_consent,contact_email,contact_sms,advisor\n");
            for (int i = 0; i < clients; i++) {
                String first = FIRST[random.nextInt(FIRST.length)];
                String last = LAST[random.nextInt(LAST.length)];
                w.write("b-" + i + "," + first + "," + last + ",they," + first.toLowerCase(Locale.ROOT) + "." + i + "@example.org,"
                        + "+33 6 " + (10_000_000 + i) + ",fr,email,M,\"linen, navy\"," + (random.nextBoolean() ? "yes" : "no")
                        + ",yes,no,\n");
            }
        }
        long base = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        try (BufferedWriter w = Files.newBufferedWriter(orderFile, StandardCharsets.UTF_8)) {
            w.write("ref,client_id,ts,channel,kind,product_id,size,amount,summary,store_id\n");
            for (int i = 0; i < lines; i++) {
                w.write("L-" + i + ",b-" + random.nextInt(clients) + "," + Instant.ofEpochMilli(base + random.nextInt(1_000_000_000) * 60L)
                        + "," + CHANNELS[random.nextInt(CHANNELS.length)] + ",order,,M," + (20 + random.nextInt(400)) + ".00,"
                        + "\"Linen shirt, navy\",\n");
            }
        }
    }
}
