package io.lien.server.setup.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.SetupAudit;
import io.lien.server.setup.application.StoreDevices;
import io.lien.server.setup.application.StoreSetup;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** Head office: every store with its devices' health at a glance, opening a store, the whole back-office log. */
@Controller("/api/admin")
@Secured(Roles.ADMIN)
@ExecuteOn(TaskExecutors.BLOCKING)
class HeadOfficeController {

    /** A store and how many of its devices are in each state (never, alive, low-battery, silent). */
    @Serdeable
    record StoreHealth(String id, String name, String city, int devices, Map<String, Integer> health) {
    }

    private final DeviceRegistry registry;
    private final StoreSetup stores;
    private final StoreDevices devices;
    private final SetupAudit audit;

    HeadOfficeController(DeviceRegistry registry, StoreSetup stores, StoreDevices devices, SetupAudit audit) {
        this.registry = registry;
        this.stores = stores;
        this.devices = devices;
        this.audit = audit;
    }

    @Get("/stores")
    List<StoreHealth> stores() {
        return registry.stores().stream().map(this::health).toList();
    }

    private StoreHealth health(Store s) {
        Map<String, Integer> health = devices.health(s.id());
        return new StoreHealth(s.id(), s.name(), s.city(), health.values().stream().mapToInt(Integer::intValue).sum(), health);
    }

    @Post("/stores")
    HttpResponse<SetupViews.StoreView> open(@Body SetupViews.StoreBody body, Operator who) {
        Store store = SetupAnswers.done(() -> stores.create(who, new StoreSetup.StoreDetails(body.id(), body.name(), body.city(),
                body.timeZone(), body.language(), body.openingHours())));
        return HttpResponse.created(SetupViews.StoreView.of(store, stores.openingHours(store.id()).orElse(null)));
    }

    @Get("/changes{?limit}")
    List<SetupViews.ChangeView> changes(@Nullable @QueryValue Integer limit) {
        return audit.latest(null, limit == null ? 100 : limit).stream().map(SetupViews.ChangeView::of).toList();
    }
}
