package io.lien.server.selections.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.selections.application.SelectionDispatch;
import io.lien.server.selections.application.SendingSelection;
import io.lien.server.web.Problems;
import io.lien.server.web.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashSet;
import java.util.List;

/** An advisor sends a client a selection; the tablet lists what was sent, when, and whether it was opened. */
@Controller("/api/clients/{clientId}/selections")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class SelectionController {

    static final int MAX_MESSAGE = 500;

    private final SendingSelection sending;
    private final SelectionRepository selections;
    private final SelectionDispatch dispatch;
    private final ClientDirectory clients;
    private final ProfileAudit audit;

    SelectionController(SendingSelection sending, SelectionRepository selections, SelectionDispatch dispatch,
                        ClientDirectory clients, ProfileAudit audit) {
        this.sending = sending;
        this.selections = selections;
        this.dispatch = dispatch;
        this.clients = clients;
        this.audit = audit;
    }

    /** {@code requestId}: the tablet's own id for this sending, so that a retry sends once. */
    @Serdeable
    record NewSelection(@Nullable List<String> productIds, @Nullable String message, @Nullable String requestId) {
    }

    /** {@code channel} "withheld" when consent was withdrawn before it went; {@code sendAfter} later than now during quiet hours. */
    @Serdeable
    record SentSelection(String id, String link, List<String> productIds, @Nullable String message, String advisor,
                         String channel, long createdAt, long sendAfter, @Nullable Long sentAt, @Nullable Long openedAt) {
    }

    @Post
    HttpResponse<SentSelection> send(String clientId, @Body NewSelection body, StaffMember advisor) {
        List<String> products = List.copyOf(new LinkedHashSet<>(body.productIds() == null ? List.of() : body.productIds()));
        if (products.isEmpty() || products.size() > Selection.MAX_PRODUCTS) {
            throw new Problems.BadRequest("problem.selection.pieces", Selection.MAX_PRODUCTS);
        }
        if (body.message() != null && body.message().length() > MAX_MESSAGE) {
            throw new Problems.BadRequest("problem.selection.word", MAX_MESSAGE);
        }
        RequestIds.check(body.requestId());
        String store = advisor.storeId();
        SendingSelection.Outcome outcome = sending.send(new SendingSelection.Request(clientId, store, advisor.username(),
                products, body.message(), body.requestId()));
        if (outcome instanceof SendingSelection.Outcome.Created created) {
            audit.record(clientId, advisor, ProfileAccess.Action.CHANGE, Phrase.of("audit.selection-sent"));
            Selection now = selections.findById(created.selection().id()).orElse(created.selection());
            return HttpResponse.created(view(now));
        }
        if (outcome instanceof SendingSelection.Outcome.NoChannel none) {
            throw new Problems.Conflict(none.why());
        }
        if (outcome instanceof SendingSelection.Outcome.UnknownProducts unknown) {
            throw new Problems.BadRequest("problem.selection.unknown-products", String.join(", ", unknown.ids().stream().limit(5).toList()));
        }
        throw new Problems.NotFound("problem.no-client", clientId);
    }

    @Get
    List<SentSelection> list(String clientId, StaffMember advisor) {
        if (clients.find(clientId).isEmpty()) {
            throw new Problems.NotFound("problem.no-client", clientId);
        }
        audit.record(clientId, advisor, ProfileAccess.Action.VIEW, Phrase.of("audit.selections"));
        return selections.findByClientIdOrderByCreatedAtDesc(clientId).stream().map(this::view).toList();
    }

    private SentSelection view(Selection s) {
        return new SentSelection(s.id(), dispatch.link(s), s.products(), s.message(), s.advisor(), s.channel(), s.createdAt(),
                s.sendAfter(), s.sentAt(), s.openedAt());
    }
}
