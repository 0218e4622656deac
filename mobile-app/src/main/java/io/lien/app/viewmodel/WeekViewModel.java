package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A manager's week on the tablet, at a glance: visits and consent, where people go, the fitting
 * room, garments often tried and rarely bought with what people say, shoppers' calls, what was bought
 * elsewhere after trying, kinds of visit — and where the whole picture is. Read-only; the figures are
 * the insights pages' own.
 */
public final class WeekViewModel {

    /** One line: what, the figure, and a word more (may be empty). */
    public record Line(String label, String figure, String detail) {
    }

    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty more = new SimpleStringProperty("");
    private final LienApi api;
    private final String storeId;
    private final UiThread threads;
    private final I18n i18n;

    public WeekViewModel(LienApi api, String storeId, UiThread threads, I18n i18n) {
        this.api = api;
        this.storeId = storeId;
        this.threads = threads;
        this.i18n = i18n;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty title() {
        return title;
    }

    public StringProperty status() {
        return status;
    }

    /** Where the whole picture is: the insights page's address. */
    public StringProperty more() {
        return more;
    }

    public void refresh() {
        threads.background().execute(() -> {
            try {
                Dtos.InsightSummary week = api.insightSummary(storeId, 7);
                threads.ui().execute(() -> show(week));
            } catch (ApiException e) {
                threads.ui().execute(() -> status.set(e.unreachable() ? i18n.t("week.offline") : e.detail()));
            }
        });
    }

    private void show(Dtos.InsightSummary w) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        title.set(i18n.t("week.title", day.format(LocalDate.parse(w.from())), day.format(LocalDate.parse(w.to()))));
        List<Line> out = new ArrayList<>();
        String change = w.visitsChange() == null ? "" : i18n.t("week.change", w.visitsChange());
        out.add(new Line(i18n.t("week.visits"), String.valueOf(w.visits()), join(change,
                w.consentShare() == null ? "" : i18n.t("week.consented", w.consentShare()))));
        out.add(new Line(i18n.t("week.average"), w.averageMinutes() == null ? "—" : i18n.t("week.minutes", w.averageMinutes()), ""));
        out.add(new Line(i18n.t("week.zones"), w.busiestZones().isEmpty() ? "—" : capital(w.busiestZones().get(0).name()),
                w.busiestZones().stream().map(z -> capital(z.name()) + " " + i18n.t("week.minutes", z.dwellMinutes()))
                        .collect(Collectors.joining(" · "))));
        out.add(new Line(i18n.t("week.fitting"), w.conversion() == null ? "—" : i18n.t("week.percent", w.conversion()),
                join(w.tryOnRate() == null ? "" : i18n.t("week.try-on", w.tryOnRate()),
                        w.conversionBefore() == null ? "" : i18n.t("week.before", w.conversionBefore()))));
        for (Dtos.SummaryGarment g : w.triedNotBought()) {
            out.add(new Line(i18n.t("week.contradicted"), capital(g.name()), join(i18n.t("week.tried-bought", g.tried(), g.boughtAfterTrying()),
                    g.critical().stream().map(c -> "“" + c + "”").collect(Collectors.joining(" ")))));
        }
        out.add(new Line(i18n.t("week.calls"), i18n.t("week.unanswered", w.callsUnanswered(), w.calls()),
                w.averageAnswerSeconds() == null ? "" : i18n.t("week.answered-in", w.momentsAnswered(), w.averageAnswerSeconds())));
        out.add(new Line(i18n.t("week.elsewhere"), String.valueOf(w.boughtElsewhereAfterTrying()), ""));
        if (!w.kinds().isEmpty()) {
            out.add(new Line(i18n.t("week.kinds"), i18n.t("typology." + w.kinds().get(0).code()), w.kinds().stream().limit(4)
                    .map(k -> i18n.t("typology." + k.code()) + (k.share() == null ? "" : " " + i18n.t("week.percent", k.share())))
                    .collect(Collectors.joining(" · "))));
        }
        lines.setAll(out);
        more.set(i18n.t("week.more", api.address(w.pagePath())));
        status.set("");
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }

    private static String capital(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
