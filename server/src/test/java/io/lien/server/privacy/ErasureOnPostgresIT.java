package io.lien.server.privacy;

import io.lien.server.PostgresFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;

import java.sql.SQLException;

/**
 * The same visit, export and erasure as {@link ErasureIT}, on PostgreSQL (a chain's database): the
 * scan reads every text column of the run's own schema.
 */
class ErasureOnPostgresIT extends ErasureIT {

    private PostgresFixture postgres;

    @Override
    ServerFixture startServer() {
        postgres = PostgresFixture.create();
        return ServerFixture.start(postgres.serverProperties());
    }

    @Override
    String textColumnsQuery() {
        return "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = '" + postgres.schema()
                + "' AND data_type IN ('character varying', 'character', 'text')";
    }

    @AfterAll
    void dropSchema() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }
}
