package io.lien.server.privacy.web;

import io.lien.server.i18n.Languages;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.registry.Store;
import io.lien.server.security.ShopperIdentity;
import io.lien.server.settings.LienSettings;
import io.lien.server.shoppers.application.SavedPieces;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * "Save to my phone" from a mirror: the QR code opens {@code /save/{product}} on the shopper's own
 * phone. Signed in, one button keeps it in their space; signed out, the garment waits in a cookie
 * (an hour, this site only) and is kept when they next open their space. The mirror learns nothing.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class KeepPages {

    static final String PENDING = "LIEN_KEEP";

    @Serdeable
    record KeepForm(@Nullable String size, @Nullable String store, @Nullable String lang) {
    }

    private final DeviceRegistry registry;
    private final SavedPieces saved;
    private final Pages pages;
    private final boolean secure;

    KeepPages(DeviceRegistry registry, SavedPieces saved, Pages pages, LienSettings lien) {
        this.registry = registry;
        this.saved = saved;
        this.pages = pages;
        this.secure = lien.https();
    }

    @Get(value = "/save/{productId}{?size,store,lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(String productId, @Nullable @QueryValue String size, @Nullable @QueryValue String store,
                              @Nullable @QueryValue String lang, @Nullable ShopperIdentity shopper) {
        Locale locale = Languages.all().nearest(lang);
        Optional<Product> product = registry.product(productId);
        if (product.isEmpty()) {
            return pages.respond(HttpStatus.NOT_FOUND, "keep", new KeepView(Page.of(locale, "keep.unknown", false), productId,
                    Page.of(locale, "keep.unknown", false).title(), "", "", "", false));
        }
        String kept = size == null || size.length() > 16 ? "" : size;
        String storeId = store == null ? "" : registry.store(store).map(Store::id).orElse("");
        String where = registry.store(storeId).map(s -> Page.of(locale, "keep.title", false).t("keep.where", s.city())).orElse("");
        KeepView view = new KeepView(Page.of(locale, "keep.title", true), productId, product.get().title(locale), kept, storeId, where,
                shopper != null);
        HttpResponse<String> answer = pages.respond(HttpStatus.OK, "keep", view);
        if (shopper == null) {
            // kept as soon as they sign in (ShopperSpacePages); nothing of it identifies anyone
            return ((io.micronaut.http.MutableHttpResponse<String>) answer).cookie(pending(productId + "~" + kept + "~" + storeId,
                    Duration.ofHours(1)));
        }
        return answer;
    }

    @Post(value = "/save/{productId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> keep(String productId, @Body KeepForm form, @Nullable ShopperIdentity shopper) {
        Locale locale = Languages.all().nearest(form.lang());
        if (shopper == null) {
            return HttpResponse.seeOther(URI.create("/me/sign-in?lang=" + locale.toLanguageTag()));
        }
        boolean done = saved.keep(shopper.clientId(), productId, blank(form.size()), blank(form.store())).isPresent();
        return HttpResponse.seeOther(URI.create("/me?lang=" + locale.toLanguageTag() + "&note=" + (done ? "me.kept" : "me.not-saved")
                + "#kept"));
    }

    @Post(value = "/me/kept/{id}/remove", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> remove(long id, @Body KeepForm form, @Nullable ShopperIdentity shopper) {
        Locale locale = Languages.all().nearest(form.lang());
        if (shopper == null) {
            return HttpResponse.seeOther(URI.create("/me/sign-in?lang=" + locale.toLanguageTag()));
        }
        boolean done = saved.remove(shopper.clientId(), id);
        return HttpResponse.seeOther(URI.create("/me?lang=" + locale.toLanguageTag() + "&note=" + (done ? "me.saved" : "me.not-saved")
                + "#kept"));
    }

    /** A garment waiting for its shopper to sign in: kept now, and the cookie emptied. */
    static Optional<Cookie> keepPending(HttpRequest<?> request, ShopperIdentity who, SavedPieces saved, boolean secure) {
        Optional<String> pending = request.getCookies().findCookie(PENDING).map(Cookie::getValue).filter(v -> !v.isBlank());
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = pending.get().split("~", -1);
        if (parts.length == 3 && parts[0].length() <= 32) {
            saved.keep(who.clientId(), parts[0], blank(parts[1]), blank(parts[2]));
        }
        return Optional.of(Cookie.of(PENDING, "").httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/").maxAge(Duration.ZERO));
    }

    private Cookie pending(String value, Duration maxAge) {
        return Cookie.of(PENDING, value).httpOnly(true).secure(secure).sameSite(SameSite.Lax).path("/").maxAge(maxAge);
    }

    private static String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
