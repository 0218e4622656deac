package io.lien.server.consent.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.web.Problems;
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

/**
 * A client's consents as staff see them, and a consent the client gives or withdraws in person,
 * recorded by the advisor with their name (source "advisor"). Both are logged as profile access.
 */
@Controller("/api/clients/{clientId}/consents")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientConsentController {

    private final ConsentLedger ledger;
    private final ProfileAudit audit;

    ClientConsentController(ConsentLedger ledger, ProfileAudit audit) {
        this.ledger = ledger;
        this.audit = audit;
    }

    @Get
    ConsentView consents(String clientId, @Nullable @QueryValue String reason, StaffMember who) {
        ConsentLedger.Ledger found = ledger.ledger(clientId).orElseThrow(() -> new Problems.NotFound("problem.no-client", clientId));
        audit.record(clientId, who, ProfileAccess.Action.VIEW, ProfileAudit.because(reason, "audit.consents"));
        return ConsentView.of(clientId, found);
    }

    @Post
    HttpResponse<ConsentView> record(String clientId, @Body ConsentView.Body body, StaffMember who) {
        ConsentLedger.Outcome outcome = ledger.record(clientId, body.request(), new ConsentLedger.Author(who.username(), true));
        if (outcome instanceof ConsentLedger.Outcome.Recorded r) {
            audit.record(clientId, who, ProfileAccess.Action.CHANGE, Phrase.with("audit.consent.in-person",
                    r.change().kind(), r.change().granted() ? "given" : "withdrawn"));
        }
        return ConsentAnswers.answer(clientId, outcome, ledger);
    }
}
