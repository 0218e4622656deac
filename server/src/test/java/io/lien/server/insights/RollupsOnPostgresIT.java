package io.lien.server.insights;

import io.lien.server.PostgresFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The same kept-versus-rebuilt comparisons as {@link RollupsIT}, on PostgreSQL (a chain's database). */
class RollupsOnPostgresIT extends RollupsIT {

    private PostgresFixture postgres;

    @Override
    ServerFixture startServer() {
        postgres = PostgresFixture.create();
        Map<String, Object> settings = new HashMap<>(postgres.serverProperties());
        settings.putAll(HistoryFixture.settings());
        return ServerFixture.start(settings);
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
