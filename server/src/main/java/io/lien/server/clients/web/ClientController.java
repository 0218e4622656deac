package io.lien.server.clients.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

import java.util.List;

/** Clients and their cross-channel timeline. */
@Controller("/api/clients")
@Secured({Advisor.ADVISOR, Advisor.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientController {

    private final ClientDirectory clients;
    private final ProfileAudit audit;

    ClientController(ClientDirectory clients, ProfileAudit audit) {
        this.clients = clients;
        this.audit = audit;
    }

    @Get
    List<ClientCard.Summary> list() {
        return clients.all().stream()
                .map(c -> new ClientCard.Summary(c.id(), c.firstName(), c.lastName(), c.approachability().code()))
                .toList();
    }

    /** The card; the look is logged with {@code reason} (the app sends why it opened it). */
    @Get("/{clientId}")
    ClientCard card(String clientId, @Nullable @QueryValue String reason, Authentication who) {
        Client c = clients.find(clientId).orElseThrow(() -> new Problems.NotFound("No client " + clientId + "."));
        audit.record(clientId, who, ProfileAccess.Action.VIEW, reason == null ? "client card" : reason);
        List<ClientCard.TimelineEntry> timeline = clients.history(clientId).stream()
                .map(e -> new ClientCard.TimelineEntry(e.ts(), e.channel().name(), e.kind().name(), e.summary(),
                        e.productId(), e.size(), e.amountCents()))
                .toList();
        return new ClientCard(c.id(), c.firstName(), c.lastName(), c.language(), c.preferredChannel(), c.sizes(),
                c.interests(), c.approachability().code(), c.presenceConsent(), timeline);
    }
}
