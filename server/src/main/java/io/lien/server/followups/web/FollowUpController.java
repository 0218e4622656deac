package io.lien.server.followups.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.followups.FollowUp;
import io.lien.server.followups.FollowUpRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.web.Problems;
import io.lien.server.web.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Follow-ups: set one for a client, list them per day, mark one done. */
@Controller
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class FollowUpController {

    static final int MAX_TEXT = 500;
    static final int MAX_DAYS_AHEAD = 400;
    static final int MAX_RANGE_DAYS = 92;

    private final FollowUpRepository followUps;
    private final ClientDirectory clients;
    private final DeviceRegistry registry;
    private final ProfileAudit audit;

    FollowUpController(FollowUpRepository followUps, ClientDirectory clients, DeviceRegistry registry, ProfileAudit audit) {
        this.followUps = followUps;
        this.clients = clients;
        this.registry = registry;
        this.audit = audit;
    }

    @Serdeable
    record NewFollowUp(@Nullable String dueOn, @Nullable String text, @Nullable String requestId) {
    }

    @Serdeable
    record FollowUpView(long id, String clientId, String clientName, String advisor, String dueOn, String text,
                        long createdAt, @Nullable Long doneAt, boolean late) {
    }

    @Post("/api/clients/{clientId}/follow-ups")
    HttpResponse<FollowUpView> create(String clientId, @Body NewFollowUp body, StaffMember advisor) {
        String store = store(advisor);
        LocalDate today = today(store);
        LocalDate due = date(body.dueOn(), "dueOn");
        String text = body.text() == null ? "" : body.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new Problems.BadRequest("problem.follow-up.text", MAX_TEXT);
        }
        if (due.isBefore(today) || due.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new Problems.BadRequest("problem.follow-up.due", today, MAX_DAYS_AHEAD);
        }
        RequestIds.check(body.requestId());
        Client client = clients.find(clientId).orElseThrow(() -> new Problems.NotFound("problem.no-client", clientId));
        Optional<FollowUp> again = body.requestId() == null ? Optional.empty() : followUps.findByRequestId(body.requestId());
        if (again.isPresent()) {
            return HttpResponse.ok(view(again.get(), client, today));
        }
        FollowUp saved = followUps.save(new FollowUp(null, clientId, store, advisor.username(), due, text,
                System.currentTimeMillis(), null, body.requestId()));
        audit.record(clientId, advisor, ProfileAccess.Action.CHANGE, Phrase.of("audit.follow-up-set"));
        return HttpResponse.created(view(saved, client, today));
    }

    /**
     * From {@code from} to {@code to} (today and the next 13 days when not given), plus the late
     * ones not done yet. An advisor gets theirs, a manager the store's ({@code everyone=true} for an advisor too).
     */
    @Get("/api/follow-ups{?from,to,everyone}")
    List<FollowUpView> list(@Nullable @QueryValue String from, @Nullable @QueryValue String to,
                            @Nullable @QueryValue Boolean everyone, StaffMember advisor) {
        String store = store(advisor);
        LocalDate today = today(store);
        LocalDate start = from == null ? today : date(from, "from");
        LocalDate end = to == null ? start.plusDays(13) : date(to, "to");
        if (end.isBefore(start) || end.isAfter(start.plusDays(MAX_RANGE_DAYS))) {
            throw new Problems.BadRequest("problem.follow-up.range", MAX_RANGE_DAYS);
        }
        boolean all = advisor.isManager() || Boolean.TRUE.equals(everyone);
        List<FollowUp> found = new ArrayList<>();
        if (!start.isAfter(today)) {
            followUps.findByStoreIdAndDoneAtIsNullAndDueOnLessThanOrderByDueOnAscAndIdAsc(store, start).stream()
                    .filter(f -> all || f.advisor().equals(advisor.username())).forEach(found::add);
        }
        found.addAll(all ? followUps.findByStoreIdAndDueOnBetweenOrderByDueOnAscAndIdAsc(store, start, end)
                : followUps.findByStoreIdAndAdvisorAndDueOnBetweenOrderByDueOnAscAndIdAsc(store, advisor.username(), start, end));
        return found.stream().map(f -> view(f, clients.find(f.clientId()).orElse(null), today)).toList();
    }

    @Post("/api/follow-ups/{id}/done")
    FollowUpView done(long id, StaffMember advisor) {
        String store = store(advisor);
        FollowUp f = followUps.findById(id).filter(x -> x.storeId().equals(store))
                .orElseThrow(() -> new Problems.NotFound("problem.no-follow-up", id));
        if (f.doneAt() == null) {
            followUps.updateDoneAt(id, System.currentTimeMillis());
        }
        return view(followUps.findById(id).orElse(f), clients.find(f.clientId()).orElse(null), today(store));
    }

    private static String store(StaffMember advisor) {
        return advisor.storeId();
    }

    private LocalDate today(String store) {
        return LocalDate.now(registry.timeZone(store));
    }

    private static LocalDate date(String text, String name) {
        try {
            if (text == null) {
                throw new Problems.BadRequest("problem.date.needed", name);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Problems.BadRequest("problem.date.malformed", name, cut(text));
        }
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static FollowUpView view(FollowUp f, Client c, LocalDate today) {
        String name = c == null ? "?" : c.firstName() + " " + c.lastName();
        return new FollowUpView(f.id(), f.clientId(), name, f.advisor(), f.dueOn().toString(), f.text(), f.createdAt(), f.doneAt(),
                f.doneAt() == null && f.dueOn().isBefore(today));
    }
}
