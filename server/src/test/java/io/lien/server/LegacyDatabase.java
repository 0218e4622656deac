package io.lien.server;

import org.flywaydb.core.Flyway;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An H2 database as a server of an earlier version left it: migrated only up to {@code version},
 * with rows of that time written into it. A test then starts today's server on it, which migrates
 * the rest, to prove a migration keeps what was there.
 */
public final class LegacyDatabase {

    private final String url;

    private LegacyDatabase(String url) {
        this.url = url;
    }

    /** The server's H2 database in {@code data}, migrated up to {@code version} (e.g. "15"). */
    public static LegacyDatabase migratedTo(Path data, String version) {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("lien") + ";DB_CLOSE_ON_EXIT=FALSE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target(version).load().migrate();
        return new LegacyDatabase(url);
    }

    /** Writes rows the way that version's server would have. */
    public LegacyDatabase execute(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return this;
    }
}
