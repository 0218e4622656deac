package io.lien.server.setup.web;

import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.lien.server.setup.application.PlanPictures;
import io.lien.server.setup.application.SetupOutcome;
import io.lien.server.web.Pages;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The picture a store's plan is traced on: uploaded on the store's page (a form with the file and its width in
 * metres) or through the API (the image as the body), and served to the plan that draws it.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanPictureController {

    private final PlanPictures pictures;
    private final OfficeAccess access;
    private final StorePages views;
    private final Pages pages;

    PlanPictureController(PlanPictures pictures, OfficeAccess access, StorePages views, Pages pages) {
        this.pictures = pictures;
        this.access = access;
        this.views = views;
        this.pages = pages;
    }

    @Put(value = "/api/stores/{storeId}/setup/plan/picture{?widthM}", consumes = {"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.ADMIN, Roles.MANAGER})
    SetupViews.PictureView upload(@PathVariable String storeId, @Nullable @QueryValue Double widthM, @Body byte[] picture, Operator who) {
        access.store(who, storeId);
        return SetupViews.PictureView.of(SetupAnswers.done(() -> pictures.upload(who, storeId, picture, widthM)));
    }

    @Get("/api/stores/{storeId}/setup/plan/picture")
    @Secured({Roles.ADMIN, Roles.MANAGER})
    HttpResponse<byte[]> picture(@PathVariable String storeId, Operator who) {
        access.store(who, storeId);
        return served(storeId);
    }

    /** The page's copy: the back office's cookie is only sent under /office. */
    @Get("/office/stores/{storeId}/plan/picture")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> pictureForPage(@PathVariable String storeId, Operator who) {
        access.store(who, storeId);
        return served(storeId);
    }

    private HttpResponse<byte[]> served(String storeId) {
        Map.Entry<String, byte[]> picture = pictures.bytes(storeId)
                .orElseThrow(() -> new Problems.NotFound("problem.setup.no-picture", storeId));
        return HttpResponse.ok(picture.getValue()).contentType(picture.getKey()).header("Cache-Control", "private, max-age=60");
    }

    @Post(value = "/office/stores/{storeId}/plan/picture", consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<String> uploadFromPage(HttpRequest<?> request, @PathVariable String storeId, @Nullable Operator who,
                                        @Part("picture") CompletedFileUpload picture, @Nullable @Part("widthM") String widthM,
                                        @Nullable @Part("lang") String lang) throws IOException {
        Locale locale = OfficeAccess.locale(lang);
        if (who == null) {
            return OfficeAccess.toSignIn(locale);
        }
        OfficeAccess.sameOrigin(request);
        var store = access.store(who, storeId);
        byte[] bytes = picture.getBytes();
        SetupOutcome<PlanPictures.Placed> outcome = SetupOutcome.guarded(() -> pictures.upload(who, storeId, bytes, StoreForms.metres(widthM)));
        return OfficeAccess.refusal(outcome, locale)
                .<HttpResponse<String>>map(problem -> pages.respond(OfficeAccess.status(outcome), "office-store",
                        views.storeView(who, store, locale, new OfficeViews.Flash(problem, null), null)))
                .orElseGet(() -> OfficeAccess.done("/office/stores/" + storeId, "picture", locale));
    }
}
