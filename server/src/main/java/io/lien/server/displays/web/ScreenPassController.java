package io.lien.server.displays.web;

import io.lien.server.displays.application.DisplayRedraws;
import io.lien.server.displays.application.DisplaySender;
import io.lien.server.displays.application.FixturePasses;
import io.lien.server.security.Roles;
import io.lien.server.security.Operator;
import io.lien.server.settings.LienSettings;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Setting up a fixture's screen: a manager gets its set-up link once (the pass in it is kept only
 * as a hash; issuing again signs the old screen out), and sees how many display messages went down.
 */
@Controller("/api")
@Secured(Roles.MANAGER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ScreenPassController {

    @Serdeable
    record IssuedPass(String fixtureId, String startUrl, long issuedAt, String note) {
    }

    private final FixturePasses passes;
    private final DisplayRedraws redraws;
    private final String baseUrl;

    ScreenPassController(FixturePasses passes, DisplayRedraws redraws, LienSettings lien) {
        this.passes = passes;
        this.redraws = redraws;
        this.baseUrl = lien.baseUrl();
    }

    @Post("/stores/{storeId}/fixtures/{fixtureId}/screen-pass")
    @Secured({Roles.MANAGER, Roles.ADMIN})
    HttpResponse<IssuedPass> issue(@PathVariable String storeId, @PathVariable String fixtureId, Operator staff) {
        FixturePasses.Outcome outcome = passes.issue(storeId, fixtureId, staff.username());
        if (outcome instanceof FixturePasses.Outcome.Issued issued) {
            return HttpResponse.created(new IssuedPass(fixtureId, baseUrl + "/fixtures/" + fixtureId + "/start?pass=" + issued.pass(),
                    issued.issuedAt(), "Shown once: open it on the fixture's screen (kiosk mode). Issuing again signs the old screen out."));
        }
        throw new Problems.NotFound("problem.fixture.unknown", fixtureId);
    }

    /** Display messages sent, skipped as unchanged, deferred by the rate bound, failed; devices drawn. */
    @Get("/displays")
    DisplaySender.Counts counts() {
        return redraws.counts();
    }
}
