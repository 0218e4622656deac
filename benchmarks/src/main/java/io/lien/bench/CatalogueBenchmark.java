package io.lien.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.lien.launcher.ImportCommand;
import io.lien.server.imports.application.CatalogueImport;
import io.lien.server.imports.application.ClientBookImport;
import io.lien.server.imports.model.CsvReader;
import io.lien.server.imports.model.TextInput;
import org.flywaydb.core.Flyway;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Random;

/**
 * Issue 21's catalogue target: 50,000 variants with names in three languages (10,000 products × 5 sizes, a
 * fixed seed), as Lien's CSV (semicolons and decimal commas, as a French spreadsheet saves it) and as JSON,
 * into a fresh H2 database (and PostgreSQL with {@code postgres}): the first import, the same file again
 * (must write nothing), the file with one price in ten changed, then the JSON into another fresh database.
 * Reference in the same run: reading the same CSV with the CSV reader alone. Run:
 * {@code ./mvnw install -DskipTests -Pbench-catalogue} (optional {@code -Dlien.args="<products> [postgres]"}).
 */
public final class CatalogueBenchmark {

    private static final String[] SIZES = {"36", "38", "40", "42", "44"};
    private static final String[] KINDS = {"coat", "dress", "shirt", "knitwear", "trousers", "skirt", "jacket", "accessory"};
    private static final String[] COLOURS = {"navy", "camel", "ecru", "black", "emerald", "sand", "grey"};

    private CatalogueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int products = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        boolean postgres = args.length > 1 && args[1].equals("postgres");
        Path dir = Files.createTempDirectory("lien-catalogue-bench");
        Path csv = dir.resolve("catalogue.csv");
        Path changed = dir.resolve("catalogue-new-prices.csv");
        Path json = dir.resolve("catalogue.json");
        generate(csv, changed, json, products, new Random(21));
        int variants = products * SIZES.length;
        System.out.printf(Locale.ROOT, "files: %,d products × %d sizes = %,d variants, names in en/fr/de: CSV %,d KB, JSON %,d KB%n",
                products, SIZES.length, variants, Files.size(csv) / 1024, Files.size(json) / 1024);

        long parse = System.nanoTime();
        long records = parseOnly(csv);
        double parseSeconds = (System.nanoTime() - parse) / 1e9;

        String where = postgres ? "PostgreSQL 127.0.0.1/test" : "H2 file";
        try (HikariDataSource db = database(dir.resolve("db"), postgres, "lien_catalogue_a");
             HikariDataSource db2 = database(dir.resolve("db2"), postgres, "lien_catalogue_b")) {
            CatalogueImport importer = new CatalogueImport(db);
            ClientBookImport.Report first = importer.importFile(csv, new ImportCommand.Bar("catalogue.csv", System.out));
            ClientBookImport.Report again = importer.importFile(csv, (a, b, r) -> { });
            ClientBookImport.Report prices = importer.importFile(changed, (a, b, r) -> { });
            ClientBookImport.Report fromJson = new CatalogueImport(db2).importFile(json, new ImportCommand.Bar("catalogue.json", System.out));

            System.out.println();
            System.out.printf(Locale.ROOT, "Catalogue import — %,d variants (%,d products, 3 languages), %s, 2 cores%n", variants, products, where);
            System.out.printf(Locale.ROOT, "reference, CSV reading alone (%,d records):      %6.2f s%n", records, parseSeconds);
            line("first import (CSV, semicolons)", first);
            line("same file again", again);
            line("one price in ten changed", prices);
            line("first import (JSON) into another database", fromJson);
            System.out.printf(Locale.ROOT, "ratio first import / CSV reading alone: %.1f; target ≤ 30 s: %s%n",
                    first.millis() / 1000.0 / parseSeconds, first.millis() <= 30_000 && fromJson.millis() <= 30_000 ? "met" : "MISSED");
        }
        System.exit(0);
    }

    private static void line(String what, ClientBookImport.Report r) {
        System.out.printf(Locale.ROOT, "%-44s %,7d rows: %,7d written, %,7d unchanged, %,d refused — %6.2f s (%,.0f rows/s)%n", what, r.rows(),
                r.imported(), r.unchanged(), r.rejected(), r.millis() / 1000.0, r.rows() / Math.max(0.001, r.millis() / 1000.0));
    }

    private static HikariDataSource database(Path h2, boolean postgres, String schema) throws Exception {
        HikariDataSource db;
        if (postgres) {
            db = ImportCommand.dataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
            try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
            }
            db.close();
            db = ImportCommand.dataSource("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema, "postgres", "");
        } else {
            db = ImportCommand.dataSource(ImportCommand.h2Url(h2), "sa", "");
        }
        Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
        return db;
    }

    private static long parseOnly(Path file) throws IOException {
        long n = 0;
        try (Reader in = TextInput.utf8(Files.newInputStream(file))) {
            CsvReader csv = new CsvReader(in, ';');
            while (csv.next() != null) {
                n++;
            }
        }
        return n;
    }

    private static void generate(Path csv, Path changed, Path json, int products, Random random) throws IOException {
        try (BufferedWriter a = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             BufferedWriter b = Files.newBufferedWriter(changed, StandardCharsets.UTF_8);
             BufferedWriter j = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
            String header = "\uFEFFproduct_id;size;colour;sku;category;collection;price;image_url;name_en;name_fr;name_de\n";
            a.write(header);
            b.write(header);
            j.write("{\"products\": [\n");
            for (int p = 0; p < products; p++) {
                String kind = KINDS[random.nextInt(KINDS.length)];
                String colour = COLOURS[random.nextInt(COLOURS.length)];
                int price = 2_000 + random.nextInt(60_000);
                String id = "bp-" + p;
                String en = "the " + colour + " " + kind + " n°" + p;
                String fr = "le " + kind + " " + colour + " n°" + p;
                String de = "der " + kind + " in " + colour + " Nr. " + p;
                for (int s = 0; s < SIZES.length; s++) {
                    String row = id + ";" + SIZES[s] + ";" + colour + ";EAN" + (p * 10 + s) + ";" + kind + ";autumn-26;%s;https://img.example.org/"
                            + id + ".jpg;" + en + ";" + fr + ";" + de + "\n";
                    a.write(String.format(Locale.ROOT, row, euros(price)));
                    b.write(String.format(Locale.ROOT, row, euros(p % 10 == 0 ? price + 500 : price)));
                }
                j.write((p == 0 ? "" : ",\n") + "{\"id\":\"" + id + "\",\"category\":\"" + kind + "\",\"collection\":\"autumn-26\",\"price\":"
                        + price / 100 + "." + String.format(Locale.ROOT, "%02d", price % 100) + ",\"image\":\"https://img.example.org/" + id
                        + ".jpg\",\"names\":{\"en\":\"" + en + "\",\"fr\":\"" + fr + "\",\"de\":\"" + de + "\"},\"variants\":[");
                for (int s = 0; s < SIZES.length; s++) {
                    j.write((s == 0 ? "" : ",") + "{\"size\":\"" + SIZES[s] + "\",\"colour\":\"" + colour + "\",\"sku\":\"EAN" + (p * 10 + s) + "\"}");
                }
                j.write("]}");
            }
            j.write("\n]}\n");
        }
    }

    /** "420,50": a price as a French spreadsheet writes it. */
    private static String euros(int cents) {
        return cents / 100 + "," + String.format(Locale.ROOT, "%02d", cents % 100);
    }
}
