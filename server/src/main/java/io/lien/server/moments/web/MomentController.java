package io.lien.server.moments.web;

import io.lien.server.i18n.Languages;
import io.micronaut.http.HttpHeaders;
import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.moments.MomentStream;
import io.lien.server.moments.MomentView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.HttpResponse;
import io.lien.server.moments.application.MomentClaims;
import io.lien.server.web.Problems;
import io.lien.server.registry.DeviceRegistry;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** A store's moments: the latest as JSON, and the live feed as server-sent events. */
@Controller("/api/stores/{storeId}/moments")
@Secured({Roles.ADVISOR, Roles.MANAGER})
class MomentController {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /** How often a quiet feed says it is still there. */
    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private final MomentStream stream;
    private final MomentClaims claims;
    private final DeviceRegistry registry;

    /** Tablets on the live feed now ({@code lien.sse.clients}). */
    private final java.util.concurrent.atomic.AtomicInteger sseClients;

    MomentController(MomentStream stream, MomentClaims claims, DeviceRegistry registry, io.micrometer.core.instrument.MeterRegistry meters) {
        this.sseClients = meters.gauge("lien.sse.clients", new java.util.concurrent.atomic.AtomicInteger());
        this.stream = stream;
        this.claims = claims;
        this.registry = registry;
    }

    /**
     * "I'm on it": the first advisor to tap takes the moment; every tablet hears it (a CLAIM moment
     * in the feed). A second advisor gets 409 with who went.
     */
    @Post("/{momentId}/claim")
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<MomentView> claim(String storeId, long momentId, StaffMember authentication,
                                   @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        MomentClaims.Outcome outcome = claims.claim(storeId, momentId, authentication.username());
        if (outcome instanceof MomentClaims.Outcome.Claimed c) {
            return HttpResponse.created(stream.view(c.claim(), Languages.all().fromAcceptLanguage(language)));
        }
        if (outcome instanceof MomentClaims.Outcome.AlreadyTaken t) {
            throw new Problems.Conflict("problem.moment.already-taken", t.advisorName(),
                    HOUR.format(Instant.ofEpochMilli(t.since()).atZone(registry.timeZone(storeId))));
        }
        if (outcome instanceof MomentClaims.Outcome.NotClaimable n) {
            throw new Problems.BadRequest(n.why());
        }
        throw new Problems.NotFound("problem.no-moment", momentId, storeId);
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    List<MomentView> recent(String storeId, StaffMember authentication,
                            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return stream.recent(storeId, Languages.all().fromAcceptLanguage(language));
    }

    /**
     * The live feed. Each event's id is the moment id: a tablet that reconnects with
     * {@code Last-Event-ID} gets exactly what it missed, then the live moments.
     */
    @Get(uri = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<Object>> live(String storeId, @Nullable @Header("Last-Event-ID") String lastEventId,
                                  StaffMember authentication,
                                  @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Long after = parse(lastEventId);
        Flux<Event<Object>> moments = Flux.from(stream.stream(storeId, after, Languages.all().fromAcceptLanguage(language)))
                .subscribeOn(Schedulers.boundedElastic())
                .map(m -> Event.<Object>of(m).id(Long.toString(m.id())).name("moment"));
        // a comment at once (the answer starts even when the store is quiet: the tablet knows it is live) and every
        // KEEP_ALIVE after (proxies keep the connection, clients notice one that died); clients skip comments
        Flux<Event<Object>> alive = Flux.interval(Duration.ZERO, KEEP_ALIVE).map(i -> Event.<Object>of("").comment("alive"));
        return Flux.merge(alive, moments)
                .doOnSubscribe(s -> sseClients.incrementAndGet()).doFinally(end -> sseClients.decrementAndGet());
    }

    private static Long parse(String lastEventId) {
        try {
            return lastEventId == null || lastEventId.isBlank() ? null : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
