package io.lien.server.privacy.application;

import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.i18n.Languages;
import io.lien.server.community.ProductFeedbackRepository;
import io.lien.server.followups.FollowUpRepository;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.QuietHours;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentRepository;
import io.lien.server.messages.application.Outbox;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.registry.PhraseWording;
import io.lien.server.shoppers.ShopperLogin;
import io.lien.server.shoppers.ShopperLoginRepository;
import io.lien.server.visits.Visit;
import io.lien.server.visits.VisitInsights;
import io.lien.server.visits.VisitReport;
import io.lien.server.visits.VisitRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everything Lien holds about one client, gathered from every feature that holds some of it. */
@Singleton
public class ClientExport {

    /** The whole of it; field names are the export's documented format (docs/privacy.md). */
    @Serdeable
    public record Document(long generatedAt, ExportRows.Profile profile, @Nullable String signInEmail, List<String> appInstalls,
                           Map<String, Boolean> consentsNow, @Nullable String quietHours, List<ExportRows.ConsentStep> consentHistory,
                           List<ExportRows.Date> importantDates, List<ExportRows.Person> relationships,
                           List<ExportRows.HistoryLine> timeline, List<VisitReport.Detail> visits, List<ExportRows.ShownMoment> moments,
                           List<ExportRows.Said> feedback, List<ExportRows.Access> accessLog, List<ExportRows.SentSelection> selections,
                           List<ExportRows.Reminder> followUps, List<ExportRows.Order> orders,
                           List<ExportRows.Message> messages, List<ExportRows.Kept> kept) {
    }

    private final ClientDirectory clients;
    private final ConsentLedger consents;
    private final VisitRepository visits;
    private final VisitInsights insights;
    private final MomentRepository moments;
    private final ProfileAudit audit;
    private final ShopperOrders orders;
    private final ShopperLoginRepository logins;
    private final ProductFeedbackRepository feedback;
    private final SelectionRepository selections;
    private final FollowUpRepository followUps;
    private final PhraseWording wording;
    private final Outbox outbox;
    private final io.lien.server.shoppers.SavedPieceRepository kept;

    ClientExport(ClientDirectory clients, ConsentLedger consents, VisitRepository visits, VisitInsights insights,
                 MomentRepository moments, ProfileAudit audit, ShopperLoginRepository logins, ProductFeedbackRepository feedback,
                 SelectionRepository selections, FollowUpRepository followUps, PhraseWording wording, ShopperOrders orders,
                 Outbox outbox, io.lien.server.shoppers.SavedPieceRepository kept) {
        this.kept = kept;
        this.orders = orders;
        this.outbox = outbox;
        this.wording = wording;
        this.selections = selections;
        this.followUps = followUps;
        this.feedback = feedback;
        this.clients = clients;
        this.consents = consents;
        this.visits = visits;
        this.insights = insights;
        this.moments = moments;
        this.audit = audit;
        this.logins = logins;
    }

    public Optional<Document> of(String clientId) {
        Optional<Client> client = clients.find(clientId);
        Optional<ConsentLedger.Ledger> ledger = consents.ledger(clientId);
        if (client.isEmpty() || ledger.isEmpty()) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        Map<String, Boolean> given = ledger.get().state().givenByCode();
        Locale theirs = Languages.all().nearest(client.get().language());
        List<VisitReport.Detail> visited = visits.findByClientIdOrderByStartedAtDesc(clientId).stream()
                .map(Visit::id).map(id -> insights.visit(id, now, theirs)).flatMap(Optional::stream).toList();
        return Optional.of(new Document(now, ExportRows.Profile.of(client.get()),
                logins.findByClientId(clientId).map(ShopperLogin::email).orElse(null), clients.installsOf(clientId),
                given, ledger.get().state().quietHours().map(QuietHours::text).orElse(null),
                ledger.get().history().stream().map(ExportRows.ConsentStep::of).toList(),
                clients.importantDates(clientId).stream().map(ExportRows.Date::of).toList(),
                clients.relationships(clientId).stream().map(ExportRows.Person::of).toList(),
                clients.history(clientId).stream().map(ExportRows.HistoryLine::of).toList(), visited,
                moments.findByClientIdOrderByIdAsc(clientId).stream().map(this::exported).toList(),
                feedback.findByClientIdOrderByTsDesc(clientId).stream().map(ExportRows.Said::of).toList(),
                audit.of(clientId).stream().map(ClientExport::exported).toList(),
                selections.findByClientIdOrderByCreatedAtDesc(clientId).stream().map(ExportRows.SentSelection::of).toList(),
                followUps.findByClientIdOrderByDueOnAsc(clientId).stream().map(ExportRows.Reminder::of).toList(),
                orders.ofClient(clientId).stream().map(ExportRows.Order::of).toList(),
                outbox.of(clientId).stream().map(ExportRows.Message::of).toList(),
                kept.findByClientIdOrderBySavedAtDesc(clientId).stream().map(ExportRows.Kept::of).toList()));
    }

    private static ExportRows.Access exported(ProfileAccess a) {
        return new ExportRows.Access(a.ts(), a.actor(), a.actorName(), a.actorRole(), a.action(), ProfileAudit.whyInEveryLanguage(a));
    }

    private ExportRows.ShownMoment exported(Moment m) {
        return new ExportRows.ShownMoment(m.id(), m.storeId(), m.ts(), m.kind().name(), wording.inEveryLanguage(m.phrase()), m.zoneId(),
                m.productId());
    }
}
