package io.lien.server.setup.web;

import io.lien.server.setup.application.StaffAccounts;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/** Choosing one's password with the link of an invitation or a reset (no sign-in: the link is the proof, once). */
@Controller("/api/invitations")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvitationController {

    private final StaffAccounts staff;

    InvitationController(StaffAccounts staff) {
        this.staff = staff;
    }

    @Post("/{token}")
    HttpResponse<?> choose(@PathVariable String token, @Body SetupViews.PasswordBody body) {
        StaffAccounts.Welcome welcome = staff.choosePassword(token, body.password());
        if (welcome instanceof StaffAccounts.Welcome.WeakPassword) {
            throw new Problems.BadRequest("problem.setup.weak-password");
        }
        if (welcome instanceof StaffAccounts.Welcome.Spent) {
            throw new Problems.NotFound("problem.setup.link-spent");
        }
        return HttpResponse.noContent();
    }
}
