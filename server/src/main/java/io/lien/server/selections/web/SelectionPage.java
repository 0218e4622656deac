package io.lien.server.selections.web;

import io.lien.server.i18n.Languages;
import io.lien.server.registry.Product;
import io.lien.server.selections.application.OpeningSelection;
import io.lien.server.community.CommunityVoice;
import io.lien.server.settings.PaymentSettings;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The page a client opens from the link, on any device: the advisor's word and the pieces, in the
 * client's language (or the one they pick). The link is the secret (no sign-in); it shows nothing
 * else about them.
 */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SelectionPage {

    private final OpeningSelection opening;
    private final Pages pages;
    private final PieceSizes sizes;

    private final String currency;
    private final CommunityVoice community;

    SelectionPage(OpeningSelection opening, Pages pages, PieceSizes sizes, PaymentSettings payments, CommunityVoice community) {
        this.community = community;
        this.currency = payments.currency();
        this.sizes = sizes;
        this.opening = opening;
        this.pages = pages;
    }

    @Get(value = "/{linkId}{?lang,said}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> open(String linkId, @Nullable @QueryValue String lang, @Nullable @QueryValue String said,
                              @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        OpeningSelection.Outcome outcome = opening.open(linkId);
        if (outcome instanceof OpeningSelection.Outcome.Opened o) {
            Locale locale = lang != null ? Languages.all().nearest(lang) : Languages.all().nearest(o.language());
            return pages.respond(HttpStatus.OK, "selection", opened(o, page(locale), said));
        }
        if (outcome instanceof OpeningSelection.Outcome.Expired e) {
            Locale locale = lang != null ? Languages.all().nearest(lang) : Languages.all().nearest(e.language());
            return pages.respond(HttpStatus.GONE, "selection", SelectionView.nothing(page(locale), SelectionView.State.EXPIRED));
        }
        Locale locale = lang != null ? Languages.all().nearest(lang) : Languages.all().fromAcceptLanguage(acceptLanguage);
        return pages.respond(HttpStatus.NOT_FOUND, "selection", SelectionView.nothing(page(locale), SelectionView.State.UNKNOWN));
    }

    private static Page page(Locale locale) {
        return Page.of(locale, "selection.title", true);
    }

    private SelectionView opened(OpeningSelection.Outcome.Opened o, Page page, @Nullable String said) {
        String note = "thanks".equals(said) ? page.t("community.thanks") : "refused".equals(said) ? page.t("community.refused") : null;
        return new SelectionView(page, SelectionView.State.OPENED, o.selection().id(), o.clientFirstName(), o.advisorFirstName(),
                o.selection().message(), o.products().stream()
                .map((Product p) -> piece(p, page))
                .toList(), note);
    }

    private SelectionView.Piece piece(Product p, Page page) {
        PieceSizes.Offer offer = sizes.of(p.id(), page.texts());
        return new SelectionView.Piece(p.id(), p.title(page.texts().locale()), page.texts().money(p.priceCents(), currency),
                offer.sizes(), offer.stores(), UUID.randomUUID().toString(), voice(p.id(), page));
    }

    private SelectionView.Voice voice(String productId, Page page) {
        CommunityVoice.View v = community.view(productId, page.texts().locale());
        java.util.function.Function<List<CommunityVoice.Said>, List<String>> lines = said -> said.stream()
                .map(s -> page.t("community.said", s.who(), s.body())).toList();
        return new SelectionView.Voice(page.t("community.likes", v.likes()), lines.apply(v.praise()), lines.apply(v.critical()),
                lines.apply(v.questions()));
    }
}
