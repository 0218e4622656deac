package io.lien.server.stock;

import io.lien.server.PostgresFixture;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

/** The same race on the local PostgreSQL: exactly as many holds as units, whatever the database. */
class StockOnPostgresIT {

    private static PostgresFixture postgres;
    private static ServerFixture server;

    @BeforeAll
    static void start() {
        postgres = PostgresFixture.create();
        server = ServerFixture.start(postgres.serverProperties());
    }

    @AfterAll
    static void stop() throws SQLException {
        server.close();
        postgres.close();
    }

    @Test
    void twoHundredCheckoutsForTheLastFiveUnitsMakeExactlyFiveHolds() throws Exception {
        StockLedgerIT.twoHundredCheckoutsForTheLastFiveUnitsMakeExactlyFiveHolds(new StockRace(server));
    }
}
