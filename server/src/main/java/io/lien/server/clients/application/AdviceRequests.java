package io.lien.server.clients.application;

import io.lien.server.i18n.Phrase;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import jakarta.inject.Singleton;

/**
 * "I'd like advice" said at a fixture: a recognised client who calls an advisor there becomes
 * approachable for every advisor and suggestion, as if they had said it in the shopper app. The
 * change is logged in their access log with the fixture as its author; the shopper takes it back
 * in the app or on the web.
 */
@Singleton
public class AdviceRequests {

    private final ClientDirectory clients;
    private final ProfileAudit audit;

    AdviceRequests(ClientDirectory clients, ProfileAudit audit) {
        this.clients = clients;
        this.audit = audit;
    }

    /** @return whether the client's approachability changed (it may already have said so) */
    public boolean askedAtFixture(String clientId, String fixtureId) {
        Approachability was = clients.find(clientId).map(Client::approachability).orElse(null);
        if (was == null || was == Approachability.ADVICE_WELCOME) {
            return false;
        }
        clients.approachability(clientId, Approachability.ADVICE_WELCOME);
        audit.recordDevice(clientId, fixtureId, ProfileAccess.Action.CHANGE, Phrase.with("audit.approachability.at-fixture",
                Approachability.ADVICE_WELCOME.code(), was.code(), fixtureId));
        return true;
    }
}
