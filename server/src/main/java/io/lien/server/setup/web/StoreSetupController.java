package io.lien.server.setup.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Store;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.DeviceLife;
import io.lien.server.setup.application.DeviceOnboarding;
import io.lien.server.setup.application.HangerAssignment;
import io.lien.server.setup.application.SetupAudit;
import io.lien.server.setup.application.StoreDevices;
import io.lien.server.setup.application.StoreSetup;
import io.lien.server.setup.application.ZoneSetup;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A store's set-up, for head office and the store's manager: details and hours, the floor plan, zones,
 * devices (registered, placed, retired, how they are doing), racks of hangers dressed in one step, and the
 * log of every change. Docs: docs/back-office.md.
 */
@Controller("/api/stores/{storeId}/setup")
@Secured({Roles.ADMIN, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreSetupController {

    private final DeviceRegistry registry;
    private final StoreSetup stores;
    private final ZoneSetup zones;
    private final DeviceOnboarding onboarding;
    private final StoreDevices devices;
    private final DeviceLife lives;
    private final HangerAssignment racks;
    private final SetupAudit audit;
    private final io.lien.server.registry.DeviceCredentials credentials;

    StoreSetupController(DeviceRegistry registry, StoreSetup stores, ZoneSetup zones, DeviceOnboarding onboarding, StoreDevices devices,
                         DeviceLife lives, HangerAssignment racks, SetupAudit audit, io.lien.server.registry.DeviceCredentials credentials) {
        this.credentials = credentials;
        this.registry = registry;
        this.stores = stores;
        this.zones = zones;
        this.onboarding = onboarding;
        this.devices = devices;
        this.lives = lives;
        this.racks = racks;
        this.audit = audit;
    }

    @Get
    SetupViews.StoreSetupView overview(@PathVariable String storeId, Operator who) {
        Store store = store(storeId, who);
        List<SetupViews.DeviceView> listed = devices(storeId, false);
        Map<String, Integer> health = devices.health(storeId);
        return new SetupViews.StoreSetupView(store.id(), store.name(), store.city(), store.timeZone(), store.language(),
                stores.openingHours(storeId).orElse(null), stores.outline(storeId).map(o -> o.text()).orElse(null),
                registry.zonesOf(storeId).stream().map(SetupViews.ZoneView::of).toList(), listed, registry.hangersOf(storeId).size(), health);
    }

    @Put("/store")
    SetupViews.StoreView details(@PathVariable String storeId, @Body SetupViews.StoreBody body, Operator who) {
        store(storeId, who);
        Store saved = SetupAnswers.done(() -> stores.change(who, storeId, new StoreSetup.StoreDetails(storeId, body.name(), body.city(),
                body.timeZone(), body.language(), body.openingHours())));
        return SetupViews.StoreView.of(saved, stores.openingHours(storeId).orElse(null));
    }

    @Put("/plan")
    SetupViews.PlanBody plan(@PathVariable String storeId, @Body SetupViews.PlanBody body, Operator who) {
        store(storeId, who);
        return new SetupViews.PlanBody(SetupAnswers.done(() -> stores.plan(who, storeId, body.outline())).text());
    }

    @Put("/zones/{zoneId}")
    SetupViews.ZoneView zone(@PathVariable String storeId, @PathVariable String zoneId, @Body SetupViews.ZoneBody body, Operator who) {
        store(storeId, who);
        return SetupViews.ZoneView.of(SetupAnswers.done(() -> zones.save(who, storeId, zoneId,
                new ZoneSetup.ZoneDraft(body.names() == null ? Map.of() : body.names(), body.kind(), body.parentId(), body.shape()))));
    }

    @Delete("/zones/{zoneId}")
    SetupViews.ZoneView retireZone(@PathVariable String storeId, @PathVariable String zoneId, Operator who) {
        store(storeId, who);
        return SetupViews.ZoneView.of(SetupAnswers.done(() -> zones.retire(who, storeId, zoneId)));
    }

    /** Every device in service; hangers too with {@code ?hangers=true} (a store has thousands). */
    @Get("/devices{?hangers}")
    List<SetupViews.DeviceView> devices(@PathVariable String storeId, @Nullable @QueryValue Boolean hangers, Operator who) {
        store(storeId, who);
        return devices(storeId, Boolean.TRUE.equals(hangers));
    }

    private List<SetupViews.DeviceView> devices(String storeId, boolean withHangers) {
        Map<String, DeviceLife.Life> life = lives.of(storeId);
        return devices.of(storeId, withHangers).stream()
                .map(d -> SetupViews.DeviceView.of(d, registry.hasSecret(d.id()), life.get(d.id()))).toList();
    }

    @Put("/devices/{deviceId}")
    SetupViews.DeviceView register(@PathVariable String storeId, @PathVariable String deviceId, @Body SetupViews.DeviceBody body,
                                   Operator who) {
        store(storeId, who);
        DeviceOnboarding.DeviceState d = SetupAnswers.done(() -> onboarding.register(who, storeId, deviceId,
                new DeviceOnboarding.DeviceDraft(body.kind(), body.zoneId(), body.x(), body.y(), body.fixtureKind())));
        return SetupViews.DeviceView.of(d, registry.hasSecret(deviceId), lives.of(storeId).get(deviceId));
    }

    @Delete("/devices/{deviceId}")
    HttpResponse<?> retire(@PathVariable String storeId, @PathVariable String deviceId, Operator who) {
        store(storeId, who);
        SetupAnswers.done(() -> onboarding.retire(who, storeId, deviceId));
        return HttpResponse.noContent();
    }

    /**
     * Dresses a rack: hangers (new ones are registered), a product, a run of sizes, a zone — all or nothing; with
     * {@code "secrets": true}, the secrets of the hangers that had none, shown once (to program the rack in one go).
     */
    @Post("/racks")
    SetupViews.RackView dress(@PathVariable String storeId, @Body SetupViews.RackBody body, Operator who) {
        store(storeId, who);
        HangerAssignment.Dressed dressed = SetupAnswers.done(() -> racks.dress(who, storeId,
                new HangerAssignment.Rack(body.hangers(), body.productId(), body.sizes(), body.colour(), body.zoneId())));
        Map<String, String> secrets = Boolean.TRUE.equals(body.secrets()) ? credentials.issueMissing(storeId,
                dressed.hangers().stream().map(Hanger::id).toList(), who.username()) : null;
        return new SetupViews.RackView(dressed.hangers().stream().map(StoreSetupController::hanger).toList(), dressed.registered(),
                dressed.changed(), dressed.unchanged(), secrets);
    }

    /** The store's hangers and what each carries, by id. */
    @Get("/hangers")
    List<SetupViews.HangerView> hangers(@PathVariable String storeId, Operator who) {
        store(storeId, who);
        return registry.hangersOf(storeId).stream().sorted(Comparator.comparing(Hanger::id)).map(StoreSetupController::hanger).toList();
    }

    private static SetupViews.HangerView hanger(Hanger h) {
        return new SetupViews.HangerView(h.id(), h.productId(), h.size(), h.colour(), h.zoneId());
    }

    /** The store's back-office log, newest first. */
    @Get("/changes{?limit}")
    List<SetupViews.ChangeView> changes(@PathVariable String storeId, @Nullable @QueryValue Integer limit, Operator who) {
        store(storeId, who);
        return audit.latest(storeId, limit == null ? 100 : limit).stream().map(SetupViews.ChangeView::of).toList();
    }

    private Store store(String storeId, Operator who) {
        if (!who.mayChange(storeId)) {
            throw new Problems.Forbidden("problem.store.other-store", who.storeId(), storeId);
        }
        return registry.store(storeId).orElseThrow(() -> new Problems.NotFound("problem.setup.no-store", storeId));
    }
}
