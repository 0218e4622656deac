package io.lien.server.live.web;

import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.live.LiveStore;
import io.lien.server.live.LiveStoreView;
import io.lien.server.visits.VisitInsights;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

/** "In store now": who is where and what their visit looks like so far, what is off the racks, what is in the fitting rooms. */
@Controller("/api/stores/{storeId}/live")
@Secured({Roles.ADVISOR, Roles.MANAGER})
class LiveController {

    private final LiveStore live;
    private final VisitInsights visits;

    LiveController(LiveStore live, VisitInsights visits) {
        this.live = live;
        this.visits = visits;
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    LiveStoreView now(String storeId, StaffMember authentication, ReaderLanguage reader) {
        long now = System.currentTimeMillis();
        return live.view(storeId, reader.locale()).withVisitsSoFar(clientId -> visits.soFar(clientId, now, reader.locale()));
    }
}
