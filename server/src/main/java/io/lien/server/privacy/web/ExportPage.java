package io.lien.server.privacy.web;

import io.lien.server.audit.ProfileAccess;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientEvent;
import io.lien.server.community.ProductFeedback;
import io.lien.server.clients.ImportantDate;
import io.lien.server.clients.Relationship;
import io.lien.server.consent.ConsentChange;
import io.lien.server.moments.Moment;
import io.lien.server.privacy.application.ClientExport;
import io.lien.server.visits.VisitReport;
import io.lien.server.followups.FollowUp;
import io.lien.server.selections.Selection;
import io.lien.server.web.Html;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The export as a page a person reads (in their language), not only a file a machine reads. */
final class ExportPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final boolean fr;
    private final StringBuilder html = new StringBuilder(16_384);

    private ExportPage(String language) {
        this.fr = "fr".equals(language);
    }

    static String render(ClientExport.Document d) {
        return new ExportPage(d.profile().language()).page(d);
    }

    private String t(String en, String frText) {
        return fr ? frText : en;
    }

    private String page(ClientExport.Document d) {
        Client c = d.profile();
        html.append("<!doctype html><html lang=\"").append(fr ? "fr" : "en").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(t("What Lien holds about you", "Ce que Lien sait de vous")).append("</title>")
                .append("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;line-height:1.5}"
                        + "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}"
                        + "h2{margin-top:2rem}</style></head><body>");
        html.append("<h1>").append(t("What Lien holds about you, ", "Ce que Lien sait de vous, ")).append(esc(c.firstName()))
                .append("</h1><p>").append(t("Generated on ", "Établi le ")).append(when(d.generatedAt()))
                .append(t(". The same, as a file: ", ". Le même, en fichier : ")).append("<a href=\"export\">JSON</a>.</p>");
        section(t("You", "Vous"), List.of(c), x -> List.of(x.firstName() + " " + x.lastName(), nz(x.email()), nz(x.phone()),
                x.language(), x.preferredChannel(), nz(x.sizes()), nz(x.interests())),
                t("Name", "Nom"), "E-mail", t("Phone", "Téléphone"), t("Language", "Langue"), t("Preferred channel", "Canal préféré"),
                t("Sizes", "Tailles"), t("What you love", "Ce que vous aimez"));
        html.append("<p>").append(t("Sign-in: ", "Connexion : ")).append(esc(nz(d.signInEmail()))).append(" · ")
                .append(t("App installs: ", "Installations de l'app : ")).append(esc(String.join(", ", d.appInstalls()))).append("</p>");
        html.append("<h2>").append(t("Your consents now", "Vos consentements aujourd'hui")).append("</h2><ul>");
        for (Map.Entry<String, Boolean> e : d.consentsNow().entrySet()) {
            html.append("<li>").append(esc(e.getKey())).append(": ").append(e.getValue() ? t("yes", "oui") : t("no", "non")).append("</li>");
        }
        html.append("<li>quiet-hours: ").append(esc(nz(d.quietHours()))).append("</li></ul>");
        section(t("Every consent change", "Chaque changement de consentement"), d.consentHistory(), (ConsentChange x) ->
                        List.of(when(x.ts()), x.kind(), x.granted() ? t("given", "donné") : t("withdrawn", "retiré"), nz(x.value()),
                                x.source(), x.actor()),
                t("When", "Quand"), t("What", "Quoi"), "", t("Value", "Valeur"), t("How", "Comment"), t("By", "Par"));
        section(t("Dates that matter to you", "Les dates qui comptent pour vous"), d.importantDates(), (ImportantDate x) ->
                        List.of(x.person() == null ? t("you", "vous") : x.person(), x.kind(), String.format("%02d-%02d", x.month(), x.day())),
                t("Whose", "De qui"), t("What", "Quoi"), t("Day", "Jour"));
        section(t("People close to you", "Vos proches"), d.relationships(), (Relationship x) ->
                        List.of(x.kind(), x.relatedName()),
                t("How", "Lien"), t("Who", "Qui"));
        section(t("Your history, every channel", "Votre historique, tous canaux"), d.timeline(), (ClientEvent x) ->
                        List.of(when(x.ts()), x.channel().name().toLowerCase(Locale.ROOT), x.kind().name().toLowerCase(Locale.ROOT),
                                x.summary(), nz(x.size())),
                t("When", "Quand"), t("Channel", "Canal"), t("What", "Quoi"), t("Details", "Détails"), t("Size", "Taille"));
        section(t("Your visits in store", "Vos visites en boutique"), d.visits(), (VisitReport.Detail x) ->
                        List.of(when(x.startedAt()), x.storeId(), Math.round(x.durationMs() / 60_000.0) + " min",
                                String.join(", ", x.zones().stream().map(z -> fr ? z.nameFr() : z.nameEn()).toList()),
                                String.join(", ", x.products().stream().map(p -> fr ? p.nameFr() : p.nameEn()).toList())),
                t("When", "Quand"), t("Store", "Boutique"), t("Time", "Durée"), t("Zones", "Zones"), t("Garments in hand", "Vêtements pris en main"));
        section(t("What advisors were shown about you", "Ce que les conseillers ont vu de vous"), d.moments(), (Moment x) ->
                        List.of(when(x.ts()), fr ? x.textFr() : x.textEn()),
                t("When", "Quand"), t("Text", "Texte"));
        section(t("What you said about products", "Ce que vous avez dit des produits"), d.feedback(), (ProductFeedback x) ->
                        List.of(when(x.ts()), x.productId(), x.kind(), nz(x.tone()), nz(x.body())),
                t("When", "Quand"), t("Product", "Produit"), t("What", "Quoi"), t("Tone", "Ton"), t("Words", "Mots"));
        section(t("Selections advisors sent you", "Les sélections que l'on vous a envoyées"), d.selections(), (Selection x) ->
                        List.of(when(x.createdAt()), x.advisor(), String.join(", ", x.products()), nz(x.message()), x.channel(),
                                x.openedAt() == null ? "—" : when(x.openedAt())),
                t("When", "Quand"), t("By", "Par"), t("Pieces", "Pièces"), t("Word", "Mot"), t("Channel", "Canal"), t("Opened", "Ouverte"));
        section(t("Reminders advisors set about you", "Les rappels notés par vos conseillers"), d.followUps(), (FollowUp x) ->
                        List.of(x.dueOn().toString(), x.advisor(), x.text(), x.doneAt() == null ? "—" : when(x.doneAt())),
                t("For", "Pour le"), t("By", "Par"), t("What", "Quoi"), t("Done", "Fait"));
        section(t("Who looked at your profile", "Qui a consulté votre profil"), d.accessLog(), (ProfileAccess x) ->
                        List.of(when(x.ts()), x.actorName(), x.action().toLowerCase(Locale.ROOT), x.reason()),
                t("When", "Quand"), t("Who", "Qui"), t("What", "Quoi"), t("Why", "Pourquoi"));
        return html.append("</body></html>").toString();
    }

    private <T> void section(String title, List<T> rows, Function<T, List<String>> cells, String... headers) {
        html.append("<h2>").append(esc(title)).append("</h2>");
        if (rows.isEmpty()) {
            html.append("<p>").append(t("Nothing.", "Rien.")).append("</p>");
            return;
        }
        html.append("<table><tr>");
        for (String h : headers) {
            html.append("<th>").append(esc(h)).append("</th>");
        }
        html.append("</tr>");
        for (T row : rows) {
            html.append("<tr>");
            cells.apply(row).forEach(cell -> html.append("<td>").append(esc(cell)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</table>");
    }

    private static String when(long ts) {
        return WHEN.format(Instant.ofEpochMilli(ts));
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    static String esc(String s) {
        return Html.esc(s);
    }
}
