package io.lien.server.moments.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.StoreAccess;
import io.lien.server.moments.MomentStream;
import io.lien.server.moments.MomentView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** A store's moments: the latest as JSON, and the live feed as server-sent events. */
@Controller("/api/stores/{storeId}/moments")
@Secured({Advisor.ADVISOR, Advisor.MANAGER})
class MomentController {

    private final MomentStream stream;

    MomentController(MomentStream stream) {
        this.stream = stream;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    List<MomentView> recent(String storeId, Authentication authentication) {
        StoreAccess.require(authentication, storeId);
        return stream.recent(storeId);
    }

    /**
     * The live feed. Each event's id is the moment id: a tablet that reconnects with
     * {@code Last-Event-ID} gets exactly what it missed, then the live moments.
     */
    @Get(uri = "/stream", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<MomentView>> live(String storeId, @Nullable @Header("Last-Event-ID") String lastEventId,
                                      Authentication authentication) {
        StoreAccess.require(authentication, storeId);
        Long after = parse(lastEventId);
        return Flux.from(stream.stream(storeId, after))
                .subscribeOn(Schedulers.boundedElastic())
                .map(m -> Event.of(m).id(Long.toString(m.id())).name("moment"));
    }

    private static Long parse(String lastEventId) {
        try {
            return lastEventId == null || lastEventId.isBlank() ? null : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
