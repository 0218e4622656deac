package io.lien.server.signals.web;

import io.lien.server.security.Roles;
import io.lien.server.signals.IngestionCounters;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;

/** Ingestion counters for managers and operators. */
@Controller("/api/ingestion")
@Secured(Roles.MANAGER)
class IngestionController {

    private final IngestionCounters counters;

    IngestionController(IngestionCounters counters) {
        this.counters = counters;
    }

    @Get
    IngestionCounters.Snapshot counters() {
        return counters.snapshot();
    }
}
