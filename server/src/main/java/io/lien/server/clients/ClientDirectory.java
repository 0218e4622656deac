package io.lien.server.clients;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Finds clients for the rest of the server, and never identifies a shopper who did not consent. */
@Singleton
public class ClientDirectory {

    private final ClientRepository clients;
    private final AppInstallRepository installs;
    private final ClientEventRepository events;
    private final ImportantDateRepository dates;
    private final RelationshipRepository relationships;

    ClientDirectory(ClientRepository clients, AppInstallRepository installs, ClientEventRepository events,
                    ImportantDateRepository dates, RelationshipRepository relationships) {
        this.clients = clients;
        this.installs = installs;
        this.events = events;
        this.dates = dates;
        this.relationships = relationships;
    }

    public List<ImportantDate> importantDates(String clientId) {
        return dates.findByClientId(clientId);
    }

    /** The client's own relationships, then those where others name them (e.g. whom they brought). */
    public List<Relationship> relationships(String clientId) {
        List<Relationship> all = new java.util.ArrayList<>(relationships.findByClientId(clientId));
        all.addAll(relationships.findByRelatedClientId(clientId));
        return all;
    }

    /** The client behind an app install, only while their presence consent is given. */
    public Optional<Client> identify(String installId) {
        return installs.findById(installId)
                .map(AppInstall::clientId)
                .flatMap(clients::findById)
                .filter(Client::presenceConsent);
    }

    public Optional<Client> find(String clientId) {
        return clientId == null ? Optional.empty() : clients.findById(clientId);
    }

    /**
     * The client, only while their presence consent is given: what live views and moments use, so
     * a withdrawal makes a shopper anonymous at once, even in the middle of a visit.
     */
    public Optional<Client> findConsenting(String clientId) {
        return find(clientId).filter(Client::presenceConsent);
    }

    /** Keeps the client's record in step with their latest presence consent (the consent ledger's job). */
    public void presenceConsent(String clientId, boolean given) {
        clients.updatePresenceConsent(clientId, given);
    }

    /** The app installs that identify the client. */
    public List<String> installsOf(String clientId) {
        return installs.findByClientId(clientId).stream().map(AppInstall::id).toList();
    }

    /**
     * Deletes the client's record, cross-channel history and app install links (the erasure's
     * last step, once everything that refers to the client is gone).
     */
    public void delete(String clientId) {
        dates.deleteByClientId(clientId);
        relationships.deleteByClientId(clientId);
        // where others name this client ("brought by Camille"): the name goes with them
        relationships.deleteByRelatedClientId(clientId);
        events.deleteByClientId(clientId);
        installs.deleteByClientId(clientId);
        clients.deleteById(clientId);
    }

    /** Adds an advisor's note to the client's history. */
    public ClientEvent note(ClientEvent note) {
        return events.save(note);
    }

    /** A note written before under this reference (a tablet's retry). */
    public Optional<ClientEvent> findNote(String externalRef) {
        return events.findByExternalRef(externalRef).filter(e -> e.kind() == ClientEvent.Kind.NOTE);
    }

    /** "Just browsing" or "I'd like advice", as the shopper said it now. */
    public void approachability(String clientId, Approachability approachability) {
        clients.updateApproachability(clientId, approachability);
    }

    /** What the client says of themselves, from their own space: sizes, what they love, how they like to be reached. */
    public void ownWords(String clientId, String sizes, String interests, String preferredChannel) {
        clients.updateOwnWords(clientId, sizes, interests, preferredChannel);
    }

    /** The client with this e-mail address (as spelled, else in any letter case); empty when none or several have it. */
    public Optional<Client> byEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        List<Client> found = clients.findByEmail(email.strip());
        if (found.isEmpty()) {
            found = clients.findByEmailInAnyCase(email.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    public List<Client> all() {
        return clients.findAllOrderByLastName();
    }

    /** Newest first, every channel. */
    public List<ClientEvent> history(String clientId) {
        return events.findByClientIdOrderByTsDesc(clientId);
    }

    /** The client's most recent order line that matches, e.g. "a product of the same collection". */
    public Optional<ClientEvent> lastOrder(String clientId, Predicate<ClientEvent> matching) {
        return history(clientId).stream()
                .filter(e -> e.kind() == ClientEvent.Kind.ORDER)
                .filter(matching)
                .findFirst();
    }
}
