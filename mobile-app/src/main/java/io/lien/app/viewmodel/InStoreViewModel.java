package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * "In store now": the clients who share their presence, where they are, since when, and whether
 * they want to be approached; everyone else as a number.
 */
public final class InStoreViewModel {

    /** A present client, ready to show. */
    /** {@code visitSoFar}: the visit's typologies so far ("Gift hunt"), with their evidence in {@code why}. */
    public record Present(String clientId, String name, String where, String approachability, String approachabilityCode,
                          String visitSoFar, String why) {
    }

    private final ObservableList<Present> present = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final LienApi api;
    private final String storeId;
    private final UiThread threads;
    private final I18n i18n;
    private final LongSupplier clock;

    public InStoreViewModel(LienApi api, String storeId, UiThread threads, I18n i18n, LongSupplier clock) {
        this.api = api;
        this.storeId = storeId;
        this.threads = threads;
        this.i18n = i18n;
        this.clock = clock;
    }

    public ObservableList<Present> present() {
        return present;
    }

    public StringProperty summary() {
        return summary;
    }

    public void refresh() {
        threads.background().execute(() -> {
            try {
                Dtos.LiveStore live = api.live(storeId);
                threads.ui().execute(() -> show(live));
            } catch (ApiException e) {
                // the feed's state already tells the advisor the server is away; keep the last picture
            }
        });
    }

    void show(Dtos.LiveStore live) {
        long now = clock.getAsLong();
        List<Present> rows = live.clients().stream().map(c -> new Present(c.clientId(), c.firstName() + " " + c.lastName(),
                i18n.t("present.zone", capitalised(c.zoneName()),
                        Math.max(0, (now - c.arrivedAt()) / 60_000)),
                i18n.t("approach." + c.approachability()), c.approachability(),
                String.join(" · ", c.visitSoFar().stream().map(t -> typology(t.code())).toList()),
                String.join(" ", c.visitSoFar().stream().map(Dtos.Typology::evidence).toList()))).toList();
        present.setAll(rows);
        summary.set(i18n.t("main.shoppers", live.shoppersInStore()) + i18n.t("main.anonymous", live.anonymousShoppers()));
    }

    private String typology(String code) {
        try {
            return i18n.t("typology." + code);
        } catch (java.util.MissingResourceException e) {
            return code;
        }
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
