package io.lien.server.setup.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.InvitationLetters;
import io.lien.server.setup.application.StaffAccounts;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A store's people (its manager: the advisors; head office: everyone) and head office's own: invited with a
 * link shown once (and e-mailed), their password reset, removed with their client book moved to a colleague.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffController {

    /** What removing someone did: their clients moved to a colleague. */
    @Serdeable
    record Removed(String username, int clientsMoved, @Nullable String booksTo) {
    }

    private final StaffAccounts staff;
    private final InvitationLetters letters;
    private final DeviceRegistry registry;

    StaffController(StaffAccounts staff, InvitationLetters letters, DeviceRegistry registry) {
        this.staff = staff;
        this.letters = letters;
        this.registry = registry;
    }

    @Get("/stores/{storeId}/setup/staff")
    @Secured({Roles.ADMIN, Roles.MANAGER})
    List<SetupViews.StaffView> ofStore(@PathVariable String storeId, Operator who) {
        return staff.of(store(storeId, who)).stream().map(SetupViews.StaffView::of).toList();
    }

    @Post("/stores/{storeId}/setup/staff")
    @Secured({Roles.ADMIN, Roles.MANAGER})
    HttpResponse<SetupViews.LinkView> invite(@PathVariable String storeId, @Body SetupViews.InviteBody body, Operator who,
                                             ReaderLanguage language) {
        return HttpResponse.created(invited(store(storeId, who), body, who, language));
    }

    @Post("/stores/{storeId}/setup/staff/{username}/reset")
    @Secured({Roles.ADMIN, Roles.MANAGER})
    SetupViews.LinkView reset(@PathVariable String storeId, @PathVariable String username, Operator who, ReaderLanguage language) {
        return link(SetupAnswers.done(() -> staff.reset(who, store(storeId, who), username)), language, true);
    }

    @Delete("/stores/{storeId}/setup/staff/{username}{?booksTo}")
    @Secured({Roles.ADMIN, Roles.MANAGER})
    Removed remove(@PathVariable String storeId, @PathVariable String username, @Nullable @QueryValue String booksTo, Operator who) {
        return new Removed(username, SetupAnswers.done(() -> staff.remove(who, store(storeId, who), username, booksTo)), booksTo);
    }

    @Get("/admin/staff")
    @Secured(Roles.ADMIN)
    List<SetupViews.StaffView> headOffice() {
        return staff.of(null).stream().map(SetupViews.StaffView::of).toList();
    }

    @Post("/admin/staff")
    @Secured(Roles.ADMIN)
    HttpResponse<SetupViews.LinkView> inviteToHeadOffice(@Body SetupViews.InviteBody body, Operator who, ReaderLanguage language) {
        return HttpResponse.created(invited(null, body, who, language));
    }

    @Post("/admin/staff/{username}/reset")
    @Secured(Roles.ADMIN)
    SetupViews.LinkView resetHeadOffice(@PathVariable String username, Operator who, ReaderLanguage language) {
        return link(SetupAnswers.done(() -> staff.reset(who, null, username)), language, true);
    }

    @Delete("/admin/staff/{username}")
    @Secured(Roles.ADMIN)
    Removed removeFromHeadOffice(@PathVariable String username, Operator who) {
        return new Removed(username, SetupAnswers.done(() -> staff.remove(who, null, username, null)), null);
    }

    private SetupViews.LinkView invited(@Nullable String storeId, SetupViews.InviteBody body, Operator who, ReaderLanguage language) {
        StaffAccounts.Link link = SetupAnswers.done(() -> staff.invite(who, storeId,
                new StaffAccounts.Invite(body.username(), body.name(), body.role(), body.email())));
        return link(link, language, false);
    }

    private SetupViews.LinkView link(StaffAccounts.Link link, ReaderLanguage language, boolean reset) {
        boolean mailed = letters.send(link, language.locale(), reset);
        return new SetupViews.LinkView(link.account().username(), letters.address(link.token()), link.expiresAt(), mailed);
    }

    private String store(String storeId, Operator who) {
        if (!who.mayChange(storeId)) {
            throw new Problems.Forbidden("problem.store.other-store", who.storeId(), storeId);
        }
        registry.store(storeId).orElseThrow(() -> new Problems.NotFound("problem.setup.no-store", storeId));
        return storeId;
    }
}
