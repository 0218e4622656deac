package io.lien.launcher;

import com.zaxxer.hikari.HikariDataSource;
import io.lien.server.insights.application.Rollups;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code lien insights rebuild}: recomputes every hourly rollup of a manager's insights from the raw
 * rows (visits, handlings, moments, orders, credits…) with a progress bar — the same code the server
 * runs as events arrive (decision 0026), so the result is what a running server would have kept.
 */
@Command(name = "insights", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"Rebuilds the insights' hourly rollups from the raw data (after a restore, an import, a changed rule).",
                "Into the H2 database of a stopped server (--data), or PostgreSQL (--db-url), one store or all."})
public final class InsightsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "rebuild", description = "what to do: rebuild")
    String action;

    @Option(names = "--store", paramLabel = "ID", description = "only this store (default: every store)")
    String store;

    @picocli.CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--bought-within-days", paramLabel = "N", defaultValue = "14",
            description = "the server's lien.visits.bought-within-days (default: ${DEFAULT-VALUE})")
    int boughtWithinDays;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (!"rebuild".equals(action)) {
            err.println("Unknown action '" + action + "': the one action is 'rebuild'.");
            return 2;
        }
        if (boughtWithinDays < 0 || boughtWithinDays > 365) {
            err.println("--bought-within-days must be 0 to 365, not " + boughtWithinDays);
            return 2;
        }
        String jdbc = database.jdbcUrl();
        try (HikariDataSource db = ImportCommand.dataSource(jdbc, database.user, database.password)) {
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                int total = Rollups.hoursToRebuild(c, store);
                ImportCommand.Bar bar = new ImportCommand.Bar("insight rollups", System.err);
                long started = System.nanoTime();
                int done = Rollups.rebuild(c, store, Duration.ofDays(boughtWithinDays).toMillis(), n -> bar.update(n, total, n));
                bar.update(total, total, done);
                c.commit();
                out.printf("%d store hours rebuilt%s in %.1f s%n", done, store == null ? "" : " for " + store,
                        (System.nanoTime() - started) / 1e9);
            }
        }
        return 0;
    }
}
