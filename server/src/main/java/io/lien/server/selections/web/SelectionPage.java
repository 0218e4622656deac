package io.lien.server.selections.web;

import io.lien.server.registry.Product;
import io.lien.server.selections.application.OpeningSelection;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.text.NumberFormat;
import java.util.Locale;

import static io.lien.server.web.Html.esc;

/**
 * The page a client opens from the link, on any device: the advisor's word and the pieces, in the
 * client's language. The link is the secret (no sign-in); it shows nothing else about them.
 */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SelectionPage {

    private final OpeningSelection opening;

    SelectionPage(OpeningSelection opening) {
        this.opening = opening;
    }

    @Get(value = "/{linkId}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> open(String linkId) {
        OpeningSelection.Outcome outcome = opening.open(linkId);
        if (outcome instanceof OpeningSelection.Outcome.Opened o) {
            return page(HttpStatus.OK, fr(o.language()), render(o));
        }
        if (outcome instanceof OpeningSelection.Outcome.Expired e) {
            boolean fr = fr(e.language());
            return page(HttpStatus.GONE, fr, "<h1>" + (fr ? "Cette sélection n'est plus en ligne" : "This selection is no longer online")
                    + "</h1><p>" + (fr ? "Passez nous voir, ou demandez-en une nouvelle à votre conseiller·ère."
                    : "Come and see us, or ask your advisor for a new one.") + "</p>");
        }
        return page(HttpStatus.NOT_FOUND, false, "<h1>This link does not lead to a selection</h1>"
                + "<p lang=\"fr\">Ce lien ne mène à aucune sélection.</p>");
    }

    private static boolean fr(String language) {
        return language != null && language.startsWith("fr");
    }

    private static String render(OpeningSelection.Outcome.Opened o) {
        boolean fr = fr(o.language());
        NumberFormat euros = NumberFormat.getCurrencyInstance(fr ? Locale.FRANCE : Locale.UK);
        euros.setCurrency(java.util.Currency.getInstance("EUR"));
        StringBuilder html = new StringBuilder(4096);
        html.append("<h1>").append(fr ? "Pour vous, " : "For you, ").append(esc(o.clientFirstName())).append("</h1>");
        html.append("<p class=\"from\">").append(fr ? "Une sélection de " : "A selection by ").append(esc(o.advisorFirstName()))
                .append("</p>");
        if (o.selection().message() != null) {
            html.append("<blockquote>").append(esc(o.selection().message())).append("</blockquote>");
        }
        html.append("<ul class=\"pieces\">");
        for (Product p : o.products()) {
            String name = fr ? p.nameFr() : p.nameEn();
            html.append("<li data-product=\"").append(esc(p.id())).append("\"><strong>").append(esc(capitalise(name)))
                    .append("</strong><span>").append(esc(euros.format(p.priceCents() / 100.0))).append("</span></li>");
        }
        html.append("</ul><p class=\"foot\">").append(fr
                ? "Envie d'essayer ? Votre conseiller·ère les met de côté pour vous en boutique."
                : "Want to try them on? Your advisor will put them aside for you in store.").append("</p>");
        return html.toString();
    }

    private static String capitalise(String name) {
        String bare = name.replaceFirst("^(the |le |la |les |l')", "");
        return bare.isEmpty() ? name : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }

    private static HttpResponse<String> page(HttpStatus status, boolean fr, String body) {
        String html = "<!doctype html><html lang=\"" + (fr ? "fr" : "en") + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<title>Lien</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:auto;padding:1.5rem;"
                + "line-height:1.5;color:#1f2328}h1{font-weight:600}.from{color:#57606a}blockquote{margin:1rem 0;padding:.8rem 1rem;"
                + "background:#f6f1ea;border-left:4px solid #8c6d4f;font-style:italic}.pieces{list-style:none;padding:0}"
                + ".pieces li{display:flex;justify-content:space-between;padding:.9rem 0;border-bottom:1px solid #e5e5e5}"
                + ".foot{color:#57606a;margin-top:1.5rem}</style></head><body>" + body + "</body></html>";
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").body(html);
    }
}
