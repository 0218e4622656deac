package io.lien.launcher;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lien.server.imports.application.CatalogueImport;
import io.lien.server.imports.application.ClientBookImport;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Imports client books (CSV) and catalogues (CSV or JSON) into Lien's database, with a progress bar and a
 * report of the rows refused and why (docs/import.md). Files are taken in the order given: clients before
 * their orders; a catalogue is told by its header (or by being JSON).
 */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"Imports client books (Lien's CSV, Shopify's exports) and catalogues (CSV, JSON) with a progress bar and a report of refused rows.",
                "Give clients before their orders. Into the H2 database of a stopped server (--data), or PostgreSQL (--db-url)."})
public final class ImportCommand implements Callable<Integer> {

    enum Language { en, fr }

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "client and order files (clients first), catalogue files")
    List<Path> files;

    @picocli.CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--language", defaultValue = "en",
            description = "${COMPLETION-CANDIDATES}: for clients whose file does not say (Shopify) (default: ${DEFAULT-VALUE})")
    Language language;

    @Override
    public Integer call() throws Exception {
        String jdbc = database.jdbcUrl();
        int failures = 0;
        try (HikariDataSource db = dataSource(jdbc, database.user, database.password)) {
            // a fresh folder gets the same schema the server would create
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            ClientBookImport importer = new ClientBookImport(db, language.name());
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    System.err.println(file + ": no such file");
                    failures++;
                    continue;
                }
                try {
                    Bar bar = new Bar(file.getFileName().toString(), System.err);
                    print(CatalogueImport.isCatalogue(file) ? new CatalogueImport(db).importFile(file, bar) : importer.importFile(file, bar),
                            System.out);
                } catch (IllegalArgumentException e) {
                    System.err.println();
                    System.err.println(e.getMessage());
                    failures++;
                }
            }
        }
        return failures == 0 ? 0 : 1;
    }

    /** The server's H2 database in {@code data}, opened as the server opens it. */
    public static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("lien") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    public static HikariDataSource dataSource(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    static void print(ClientBookImport.Report r, PrintStream out) {
        out.printf(Locale.ROOT, "%s (%s): %,d rows — %,d imported, %,d already there, %,d refused — %.1f s%n",
                r.file(), r.format(), r.rows(), r.imported(), r.unchanged(), r.rejected(), r.millis() / 1000.0);
        r.rejectedByReason().forEach((reason, n) -> out.printf(Locale.ROOT, "  %,8d × %s%n", n, reason));
        r.rejections().stream().limit(20).forEach(x -> out.printf(Locale.ROOT, "  line %,d: %s%n", x.line(), x.reason()));
        if (r.rejections().size() > 20) {
            out.printf(Locale.ROOT, "  … and %,d more refused rows%n", r.rejected() - 20);
        }
    }

    /** A one-line progress bar on the terminal, redrawn at most ten times a second. */
    public static final class Bar implements ClientBookImport.Progress {
        private final String name;
        private final PrintStream out;
        private final long started = System.nanoTime();
        private long drawnAt;
        private boolean finished;

        public Bar(String name, PrintStream out) {
            this.name = name;
            this.out = out;
        }

        @Override
        public void update(long done, long total, long rows) {
            long now = System.nanoTime();
            if (finished || done < total && now - drawnAt < 100_000_000L) {
                return;
            }
            drawnAt = now;
            int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
            double seconds = Math.max(0.001, (now - started) / 1e9);
            out.printf(Locale.ROOT, "\r%-24s [%-30s] %3d%%  %,10d rows  %,8.0f rows/s", name,
                    "#".repeat(percent * 30 / 100), percent, rows, rows / seconds);
            if (done >= total) {
                finished = true;
                out.println();
            }
        }
    }
}
