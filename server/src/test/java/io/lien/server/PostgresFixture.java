package io.lien.server;

import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A schema of its own in the local PostgreSQL (127.0.0.1:5432, database {@code test}) for one test
 * class, and the server properties that point Lien at it. Tests are skipped, never passed, when no
 * PostgreSQL answers.
 */
public final class PostgresFixture implements AutoCloseable {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private final String schema = "lien_it_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    private PostgresFixture() {
    }

    /** Creates the schema, or aborts the calling test when PostgreSQL does not answer. */
    public static PostgresFixture create() {
        PostgresFixture fixture = new PostgresFixture();
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + fixture.schema);
        } catch (SQLException e) {
            Assumptions.abort("No PostgreSQL answers on 127.0.0.1:5432 (" + e.getMessage() + ") — start it to run this test (skipped, not passed)");
        }
        return fixture;
    }

    public String schema() {
        return schema;
    }

    public String url() {
        return URL + "?currentSchema=" + schema;
    }

    public Map<String, Object> serverProperties() {
        return Map.of(
                "datasources.default.url", url(),
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.dialect", "POSTGRES");
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, "postgres", ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
