package io.lien.server.audit.web;

import io.lien.server.web.ReaderLanguage;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAudit;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A client's access log, for managers (who answer for their team's use of profiles). */
@Controller("/api/clients/{clientId}/access-log")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccessLogController {

    private final ProfileAudit audit;

    AccessLogController(ProfileAudit audit) {
        this.audit = audit;
    }

    @Serdeable
    record Entry(long ts, String actor, String actorName, String role, String action, String reason) {
    }

    @Get
    List<Entry> log(String clientId, ReaderLanguage reader) {
        return audit.of(clientId).stream()
                .map(a -> new Entry(a.ts(), a.actor(), a.actorName(), a.actorRole(), a.action(), ProfileAudit.why(a, reader.locale())))
                .toList();
    }
}
