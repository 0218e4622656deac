package io.lien.server.live.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.StoreAccess;
import io.lien.server.live.LiveStore;
import io.lien.server.live.LiveStoreView;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

/** "In store now": who is where, what is off the racks, what is in the fitting rooms. */
@Controller("/api/stores/{storeId}/live")
@Secured({Advisor.ADVISOR, Advisor.MANAGER})
class LiveController {

    private final LiveStore live;

    LiveController(LiveStore live) {
        this.live = live;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    LiveStoreView now(String storeId, Authentication authentication) {
        StoreAccess.require(authentication, storeId);
        return live.view(storeId);
    }
}
