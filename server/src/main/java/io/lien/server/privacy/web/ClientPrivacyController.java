package io.lien.server.privacy.web;

import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.privacy.application.ClientErasure;
import io.lien.server.privacy.application.ClientExport;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/**
 * A manager answers a client's request made in store or by post: the export (logged, with the
 * reason) or the erasure. Advisors cannot do either.
 */
@Controller("/api/clients/{clientId}")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientPrivacyController {

    private final ClientExport export;
    private final ClientErasure erasure;
    private final ProfileAudit audit;

    ClientPrivacyController(ClientExport export, ClientErasure erasure, ProfileAudit audit) {
        this.export = export;
        this.erasure = erasure;
        this.audit = audit;
    }

    @Get("/export")
    ClientExport.Document export(String clientId, @Nullable @QueryValue String reason, StaffMember who) {
        ClientExport.Document document = export.of(clientId).orElseThrow(() -> new Problems.NotFound("problem.no-client", clientId));
        audit.record(clientId, who, ProfileAccess.Action.EXPORT, ProfileAudit.because(reason, "audit.export-requested"));
        return document;
    }

    @Delete
    HttpResponse<Void> erase(String clientId) {
        if (erasure.erase(clientId, "manager") instanceof ClientErasure.Outcome.UnknownClient) {
            throw new Problems.NotFound("problem.no-client", clientId);
        }
        return HttpResponse.noContent();
    }
}
