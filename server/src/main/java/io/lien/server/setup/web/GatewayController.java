package io.lien.server.setup.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.GatewayEnrolment;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A store's gateways on the central broker (decision 0028): credentials issued or rotated (the secret in
 * the answer, once), revoked, listed. Head office, or the store's manager installing its box.
 */
@Controller("/api/stores/{storeId}/setup/gateways")
@Secured({Roles.ADMIN, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class GatewayController {

    /** A gateway: its MQTT user name (and client id), when and by whom its credentials were issued, whether revoked. */
    @Serdeable
    record GatewayView(String gatewayId, String username, long issuedAt, String issuedBy, @Nullable Long revokedAt) {
        static GatewayView of(GatewayEnrolment.GatewayState s) {
            return new GatewayView(s.gatewayId(), s.name(), s.issuedAt(), s.issuedBy(), s.revokedAt());
        }
    }

    /** New credentials: the secret is in this answer only (put it in the gateway's {@code uplink.secret-file}). */
    @Serdeable
    record IssuedView(GatewayView gateway, String username, String secret, boolean rotated) {
    }

    private final DeviceRegistry registry;
    private final GatewayEnrolment gateways;

    GatewayController(DeviceRegistry registry, GatewayEnrolment gateways) {
        this.registry = registry;
        this.gateways = gateways;
    }

    @Get
    List<GatewayView> list(@PathVariable String storeId, Operator who) {
        store(storeId, who);
        return gateways.of(storeId).stream().map(GatewayView::of).toList();
    }

    /** Issues credentials, or rotates them: the old secret stops at once and the gateway's connection is closed. */
    @Post("/{gatewayId}/credentials")
    IssuedView issue(@PathVariable String storeId, @PathVariable String gatewayId, Operator who) {
        store(storeId, who);
        GatewayEnrolment.IssuedGateway issued = SetupAnswers.done(() -> gateways.issue(who, storeId, gatewayId));
        return new IssuedView(GatewayView.of(issued.gateway()), issued.username(), issued.secret(), issued.rotated());
    }

    @Delete("/{gatewayId}/credentials")
    HttpResponse<?> revoke(@PathVariable String storeId, @PathVariable String gatewayId, Operator who) {
        store(storeId, who);
        SetupAnswers.done(() -> gateways.revoke(who, storeId, gatewayId));
        return HttpResponse.noContent();
    }

    private void store(String storeId, Operator who) {
        if (!who.mayChange(storeId)) {
            throw new Problems.Forbidden("problem.store.other-store", who.storeId(), storeId);
        }
        registry.store(storeId).orElseThrow(() -> new Problems.NotFound("problem.setup.no-store", storeId));
    }
}
