package io.lien.server.shoppers.web;

import io.lien.server.web.ReaderLanguage;
import io.lien.server.i18n.Phrase;
import io.lien.server.security.ShopperIdentity;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.web.ConsentAnswers;
import io.lien.server.consent.web.ConsentView;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The shopper's own data, from any device: their consents (given or withdrawn here, source
 * shopper-app, web or fixture), whether they want to be approached now, and who looked at their
 * profile. Every path serves the client in the shopper's token, never another.
 */
@Controller("/api/shopper")
@Secured(Roles.SHOPPER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopperController {

    private final ClientDirectory clients;
    private final ConsentLedger ledger;
    private final ProfileAudit audit;

    ShopperController(ClientDirectory clients, ConsentLedger ledger, ProfileAudit audit) {
        this.clients = clients;
        this.ledger = ledger;
        this.audit = audit;
    }

    @Serdeable
    record Me(String clientId, String firstName, String language, String approachability) {
    }

    @Serdeable
    record ApproachabilityBody(@Nullable String approachability) {
    }

    @Serdeable
    record Access(long ts, String who, String role, String action, String reason) {
    }

    @Get("/me")
    Me me(ShopperIdentity shopper) {
        Client c = client(shopper);
        return new Me(c.id(), c.firstName(), c.language(), c.approachability().code());
    }

    @Get("/consents")
    ConsentView consents(ShopperIdentity shopper) {
        String clientId = client(shopper).id();
        return ConsentView.of(clientId, ledger.ledger(clientId).orElseThrow());
    }

    @Post("/consents")
    HttpResponse<ConsentView> record(@Body ConsentView.Body body, ShopperIdentity shopper) {
        String clientId = client(shopper).id();
        ConsentLedger.Outcome outcome = ledger.record(clientId, body.request(), ConsentLedger.Author.client());
        if (outcome instanceof ConsentLedger.Outcome.Recorded r) {
            audit.record(clientId, shopper, ProfileAccess.Action.CHANGE, Phrase.with("audit.consent.by-client",
                    r.change().kind(), r.change().granted() ? "given" : "withdrawn"));
        }
        return ConsentAnswers.answer(clientId, outcome, ledger);
    }

    /** "just-browsing" or "advice-welcome" (or "not-said" to take it back), shown to advisors at once. */
    @Put("/approachability")
    HttpResponse<Me> approachability(@Body ApproachabilityBody body, ShopperIdentity shopper) {
        Client c = client(shopper);
        Approachability wanted = Approachability.fromCode(body.approachability()).orElseThrow(() -> new Problems.BadRequest(
                "problem.approachability", body.approachability()));
        clients.approachability(c.id(), wanted);
        audit.record(c.id(), shopper, ProfileAccess.Action.CHANGE, Phrase.with("audit.approachability.by-client", wanted.code()));
        return HttpResponse.status(HttpStatus.OK).body(new Me(c.id(), c.firstName(), c.language(), wanted.code()));
    }

    /** Who looked at or changed this client's profile, newest first. */
    @Get("/access-log")
    List<Access> accessLog(ShopperIdentity shopper, ReaderLanguage reader) {
        return audit.of(client(shopper).id()).stream()
                .map(a -> new Access(a.ts(), a.actorName(), a.actorRole(), a.action(), ProfileAudit.why(a, reader.locale()))).toList();
    }

    private Client client(ShopperIdentity shopper) {
        String clientId = shopper.clientId();
        return clients.find(clientId).orElseThrow(() -> new Problems.NotFound("problem.no-client-record"));
    }
}
