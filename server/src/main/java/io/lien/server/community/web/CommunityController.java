package io.lien.server.community.web;

import io.lien.server.security.ShopperIdentity;
import io.lien.server.security.Roles;
import io.lien.server.community.CommunityVoice;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The community's view of a product — readable by anyone (a fixture's screen, a product page):
 * no identifier in it, first names only when their authors signed — and a shopper's like or words.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CommunityController {

    private final CommunityVoice voice;

    CommunityController(CommunityVoice voice) {
        this.voice = voice;
    }

    @Serdeable
    record Feedback(@Nullable String productId, @Nullable String kind, @Nullable String tone, @Nullable String body,
                    @Nullable Boolean signed) {
    }

    @Get("/api/products/{productId}/community")
    @Secured(SecurityRule.IS_ANONYMOUS)
    CommunityVoice.View community(String productId, ReaderLanguage reader) {
        return voice.view(productId, reader.locale());
    }

    @Post("/api/shopper/feedback")
    @Secured(Roles.SHOPPER)
    HttpResponse<CommunityVoice.View> say(@Body Feedback f, ShopperIdentity shopper, ReaderLanguage reader) {
        CommunityVoice.Outcome outcome = voice.say(shopper.clientId(), f.productId(), f.kind(), f.tone(), f.body(),
                Boolean.TRUE.equals(f.signed()));
        if (outcome instanceof CommunityVoice.Outcome.Refused r) {
            throw new Problems.BadRequest(r.reason());
        }
        return HttpResponse.status(outcome instanceof CommunityVoice.Outcome.Recorded ? HttpStatus.CREATED : HttpStatus.OK)
                .body(voice.view(f.productId(), reader.locale()));
    }
}
