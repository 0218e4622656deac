package io.lien.server.clientcard.web;

import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clientcard.application.ClientStories;
import io.lien.server.clientcard.application.ClientTimeline;
import io.lien.server.clientcard.application.RelationshipKinds;
import io.lien.server.clients.model.ConversationStarters;
import io.lien.server.credit.application.CreditExplained;
import io.lien.server.registry.PhraseWording;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.lien.server.visits.VisitInsights;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.ConsentState;
import io.lien.server.consent.model.QuietHours;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Clients and their cross-channel timeline. */
@Controller("/api/clients")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ClientController {

    private final ClientDirectory clients;
    private final ProfileAudit audit;
    private final ClientStories stories;
    private final ClientTimeline timelines;
    private final ConsentLedger consents;
    private final VisitInsights visits;
    private final PhraseWording wording;
    private final CreditExplained credits;
    private final RelationshipKinds relationships;

    ClientController(ClientDirectory clients, ProfileAudit audit, ClientStories stories, ClientTimeline timelines,
                     ConsentLedger consents, VisitInsights visits, PhraseWording wording, CreditExplained credits,
                     RelationshipKinds relationships) {
        this.relationships = relationships;
        this.credits = credits;
        this.wording = wording;
        this.consents = consents;
        this.visits = visits;
        this.clients = clients;
        this.audit = audit;
        this.stories = stories;
        this.timelines = timelines;
    }

    @Get
    List<ClientCard.Summary> list() {
        return clients.all().stream()
                .map(c -> new ClientCard.Summary(c.id(), c.firstName(), c.lastName(), c.approachability().code()))
                .toList();
    }

    /** The card; the look is logged with {@code reason} (the app sends why it opened it). */
    @Get("/{clientId}")
    ClientCard card(String clientId, @Nullable @QueryValue String reason, StaffMember who, ReaderLanguage language) {
        Locale reader = language.locale();
        Client c = clients.find(clientId).orElseThrow(() -> new Problems.NotFound("problem.no-client", clientId));
        audit.record(clientId, who, ProfileAccess.Action.VIEW, ProfileAudit.because(reason, "audit.client-card"));
        // read once: the timeline and the conversation starters both draw on it
        List<ClientEvent> history = clients.history(clientId);
        List<ClientCard.TimelineEntry> timeline = timelines.of(clientId, history, reader).stream()
                .map(e -> new ClientCard.TimelineEntry(e.ts(), e.channel(), e.kind(), e.summary(), e.productId(), e.size(), e.amountCents(), e.author()))
                .toList();
        long now = System.currentTimeMillis();
        LocalDate today = stories.today(now);
        List<ClientCard.DateEntry> dates = clients.importantDates(clientId).stream()
                .map(d -> new ClientCard.DateEntry(d.kind(), d.person(), d.month(), d.day(),
                        ConversationStarters.daysUntil(MonthDay.of(d.month(), d.day()), today)))
                .sorted(Comparator.comparingLong(ClientCard.DateEntry::inDays)).toList();
        List<ClientCard.Person> people = clients.relationships(clientId).stream().map(r -> r.clientId().equals(clientId)
                        ? new ClientCard.Person(r.kind(), r.relatedName(), r.relatedClientId(), r.since(), null)
                        : new ClientCard.Person(r.kind().equals("brought-by") ? "brought" : r.kind(),
                        clients.find(r.clientId()).map(o -> o.firstName() + " " + o.lastName()).orElse("?"), r.clientId(), r.since(),
                        r.kind().equals("brought-by") ? relationships.ordersSince(r.clientId(), r.since()) : null))
                .toList();
        List<ClientCard.Typology> kinds = relationships.of(clientId, now, reader).stream()
                .map(l -> new ClientCard.Typology(l.code(), wording.word(l.evidence(), reader))).toList();
        List<ClientCard.Starter> starters = stories.starters(c, history, now).stream()
                .map(s -> new ClientCard.Starter(s.kind(), wording.word(s.text(), reader), wording.word(s.reason(), reader))).toList();
        long startOfDay = today.atStartOfDay(stories.zone()).toInstant().toEpochMilli();
        List<ClientCard.Touched> touched = visits.handledSince(clientId, startOfDay, reader).stream()
                .map(p -> new ClientCard.Touched(p.productId(), p.name(), p.size(), p.tried())).toList();
        Optional<ConsentState> agreed = consents.ledger(clientId).map(ConsentLedger.Ledger::state);
        return new ClientCard(c.id(), c.firstName(), c.lastName(), c.language(), c.preferredChannel(), c.sizes(),
                c.interests(), c.approachability().code(), c.presenceConsent(),
                agreed.map(ConsentState::givenByCode).orElse(Map.of()),
                agreed.flatMap(ConsentState::quietHours).map(QuietHours::text).orElse(null), dates, people, kinds, starters, touched,
                timeline, credits.ofClient(clientId, who.username(), reader).stream().map(e -> new ClientCard.Credited(e.orderRef(),
                e.orderedAt(), e.channel(), e.amountCents(), e.yoursPercent(), e.yoursCents(), e.why())).toList());
    }
}
