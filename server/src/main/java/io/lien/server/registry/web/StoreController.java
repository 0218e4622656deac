package io.lien.server.registry.web;

import io.lien.server.registry.DeviceRegistry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Every store's name and city, readable before signing in; the tablet's picker lists only the
 * stores of whoever signed in (GET /api/me).
 */
@Controller("/api/stores")
class StoreController {

    @Serdeable
    record StoreSummary(String id, String name, String city) {
    }

    private final DeviceRegistry registry;

    StoreController(DeviceRegistry registry) {
        this.registry = registry;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<StoreSummary> stores() {
        return registry.stores().stream().map(s -> new StoreSummary(s.id(), s.name(), s.city())).toList();
    }
}
