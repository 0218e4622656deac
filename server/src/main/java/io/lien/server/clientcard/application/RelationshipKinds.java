package io.lien.server.clientcard.application;

import io.lien.server.clientcard.model.RelationshipTypology;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of relationship a client has with the brand now (the card's rules, RelationshipTypology),
 * from their whole timeline: for the card, and for a manager's mix of relationships.
 */
@Singleton
public class RelationshipKinds {

    private final ClientDirectory clients;
    private final ClientTimeline timelines;

    RelationshipKinds(ClientDirectory clients, ClientTimeline timelines) {
        this.clients = clients;
        this.timelines = timelines;
    }

    /** The client's relationship kinds at {@code now}, most telling first; none for an unknown client. */
    public List<RelationshipTypology.Label> of(String clientId, long now, Locale reader) {
        Optional<Client> client = clients.find(clientId);
        if (client.isEmpty()) {
            return List.of();
        }
        Client c = client.get();
        List<ClientEvent> history = clients.history(clientId);
        List<RelationshipTypology.Entry> timeline = timelines.of(clientId, history, reader).stream()
                .map(t -> new RelationshipTypology.Entry(t.ts(), t.channel(), t.kind(), t.summary(), t.author())).toList();
        List<RelationshipTypology.Brought> brought = clients.relationships(clientId).stream()
                .filter(r -> !r.clientId().equals(clientId) && r.kind().equals("brought-by"))
                .map(r -> new RelationshipTypology.Brought(clients.find(r.clientId()).map(o -> o.firstName() + " " + o.lastName()).orElse("?"),
                        ordersSince(r.clientId(), r.since())))
                .toList();
        return RelationshipTypology.of(new RelationshipTypology.Evidence(now, c.createdAt(), c.advisorUsername(), timeline, brought));
    }

    /** The referral credit of a prescriber: orders the client they brought placed since, on any channel. */
    public int ordersSince(String clientId, long since) {
        return (int) clients.history(clientId).stream().filter(e -> e.kind() == ClientEvent.Kind.ORDER && e.ts() >= since).count();
    }
}
