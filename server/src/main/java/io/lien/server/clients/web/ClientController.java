package io.lien.server.clients.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.web.Problems;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;

/** Clients and their cross-channel timeline. */
@Controller("/api/clients")
@Secured({Advisor.ADVISOR, Advisor.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientController {

    private final ClientDirectory clients;

    ClientController(ClientDirectory clients) {
        this.clients = clients;
    }

    @Get
    List<ClientCard.Summary> list() {
        return clients.all().stream()
                .map(c -> new ClientCard.Summary(c.id(), c.firstName(), c.lastName(), c.approachability().code()))
                .toList();
    }

    @Get("/{clientId}")
    ClientCard card(String clientId) {
        Client c = clients.find(clientId).orElseThrow(() -> new Problems.NotFound("No client " + clientId + "."));
        List<ClientCard.TimelineEntry> timeline = clients.history(clientId).stream()
                .map(e -> new ClientCard.TimelineEntry(e.ts(), e.channel().name(), e.kind().name(), e.summary(),
                        e.productId(), e.size(), e.amountCents()))
                .toList();
        return new ClientCard(c.id(), c.firstName(), c.lastName(), c.language(), c.preferredChannel(), c.sizes(),
                c.interests(), c.approachability().code(), c.presenceConsent(), timeline);
    }
}
