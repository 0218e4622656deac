package io.lien.server.privacy.application;

import io.lien.server.audit.ProfileAccessRepository;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.community.ProductFeedbackRepository;
import io.lien.server.followups.FollowUpRepository;
import io.lien.server.credit.application.OrderCredit;
import io.lien.server.messages.application.Outbox;
import io.lien.server.shoppers.SignInLinkRepository;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.consent.ConsentChangeRepository;
import io.lien.server.moments.MomentRepository;
import io.lien.server.shoppers.ShopperLoginRepository;
import io.lien.server.signals.DeadLetterRepository;
import io.lien.server.signals.SignalRepository;
import io.lien.server.visits.VisitInsights;
import io.lien.server.visits.VisitRecorder;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Everything an erasure changes, in one transaction: all of it or none. */
@Singleton
class ErasureWrites {

    private final io.lien.server.shoppers.SavedPieceRepository kept;

    private final ClientDirectory clients;
    private final SignalRepository signals;
    private final DeadLetterRepository deadLetters;
    private final VisitRecorder visits;
    private final VisitInsights insights;
    private final MomentRepository moments;
    private final ConsentChangeRepository consents;
    private final ProfileAccessRepository accessLog;
    private final ShopperLoginRepository logins;
    private final ProductFeedbackRepository feedback;
    private final SelectionRepository selections;
    private final FollowUpRepository followUps;
    private final ShopperOrders orders;
    private final Outbox outbox;
    private final OrderCredit credit;
    private final SignInLinkRepository signInLinks;

    ErasureWrites(ClientDirectory clients, SignalRepository signals, DeadLetterRepository deadLetters, VisitRecorder visits,
                  VisitInsights insights, MomentRepository moments, ConsentChangeRepository consents,
                  ProfileAccessRepository accessLog, ShopperLoginRepository logins, ProductFeedbackRepository feedback,
                  SelectionRepository selections, FollowUpRepository followUps, ShopperOrders orders, Outbox outbox,
                  OrderCredit credit, SignInLinkRepository signInLinks, io.lien.server.shoppers.SavedPieceRepository kept) {
        this.kept = kept;
        this.credit = credit;
        this.signInLinks = signInLinks;
        this.orders = orders;
        this.outbox = outbox;
        this.selections = selections;
        this.followUps = followUps;
        this.feedback = feedback;
        this.clients = clients;
        this.signals = signals;
        this.deadLetters = deadLetters;
        this.visits = visits;
        this.insights = insights;
        this.moments = moments;
        this.consents = consents;
        this.accessLog = accessLog;
        this.logins = logins;
    }

    /** @return how many of the client's app installs were unlinked from stored signals, or -1 for an unknown client */
    @Transactional
    int erase(String clientId) {
        if (clients.find(clientId).isEmpty()) {
            return -1;
        }
        int rewritten = 0;
        List<String> installs = clients.installsOf(clientId);
        for (String install : installs) {
            String anonymous = signals.replaceInstall(install, "erased-");
            deadLetters.replaceEverywhere(install, anonymous);
            rewritten++;
        }
        visits.forgetClient(clientId, insights.boughtWithinMs());
        moments.deleteByClientId(clientId);
        consents.deleteByClientId(clientId);
        accessLog.deleteByClientId(clientId);
        logins.deleteByClientId(clientId);
        // their words are theirs: a comment goes with its author (the like counts go down with it)
        feedback.deleteByClientId(clientId);
        orders.forget(clientId);
        outbox.forget(clientId);
        credit.forget(clientId);
        signInLinks.deleteByClientId(clientId);
        kept.deleteByClientId(clientId);
        selections.deleteByClientId(clientId);
        followUps.deleteByClientId(clientId);
        clients.delete(clientId);
        return rewritten;
    }

}
