package io.lien.server.setup.web;

import io.lien.server.setup.application.GatewayEnrolment;
import io.lien.server.setup.application.SetupOutcome;
import io.lien.server.security.Operator;
import io.lien.server.web.Pages;
import io.lien.server.i18n.Texts;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.Map;
import java.util.Optional;

/**
 * The store's gateways on its devices page (decision 0028): credentials issued or renewed — the secret shown
 * once, on the answer — and revoked.
 */
@Controller(value = "/office/stores/{storeId}/gateways", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class GatewayForms {

    private final OfficeAccess access;
    private final StorePages views;
    private final Pages pages;
    private final GatewayEnrolment gateways;

    GatewayForms(OfficeAccess access, StorePages views, Pages pages, GatewayEnrolment gateways) {
        this.access = access;
        this.views = views;
        this.pages = pages;
        this.gateways = gateways;
    }

    @Post
    HttpResponse<String> issue(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who, @Body Map<String, String> form) {
        return access.posted(request, who, storeId, form, p -> {
            String gatewayId = form.getOrDefault("gatewayId", "").strip();
            SetupOutcome<GatewayEnrolment.IssuedGateway> outcome = SetupOutcome.guarded(() -> gateways.issue(p.who(), storeId, gatewayId));
            Optional<String> problem = OfficeAccess.refusal(outcome, p.locale());
            if (problem.isPresent()) {
                return page(p, OfficeAccess.status(outcome), new OfficeViews.Flash(problem.get(), null), null);
            }
            GatewayEnrolment.IssuedGateway issued = ((SetupOutcome.Done<GatewayEnrolment.IssuedGateway>) outcome).value();
            return page(p, HttpStatus.OK, new OfficeViews.Flash(null, Texts.of(p.locale()).t("office.done.gateway")),
                    OfficeViews.Secret.gateway(issued.username(), issued.secret()));
        });
    }

    @Post("/{gatewayId}/revoke")
    HttpResponse<String> revoke(HttpRequest<?> request, @PathVariable String storeId, @PathVariable String gatewayId, @Nullable Operator who,
                                @Body Map<String, String> form) {
        return access.posted(request, who, storeId, form, p -> {
            SetupOutcome<?> outcome = SetupOutcome.guarded(() -> gateways.revoke(p.who(), storeId, gatewayId));
            Optional<String> problem = OfficeAccess.refusal(outcome, p.locale());
            return problem.isPresent() ? page(p, OfficeAccess.status(outcome), new OfficeViews.Flash(problem.get(), null), null)
                    : OfficeAccess.done(p.base() + "/devices", "gateway-revoked", p.locale());
        });
    }

    private HttpResponse<String> page(OfficeAccess.Posted p, HttpStatus status, OfficeViews.Flash flash, @Nullable OfficeViews.Secret secret) {
        return pages.respond(status, "office-devices", views.devicesView(p.who(), p.store(), p.locale(), flash, secret));
    }
}
