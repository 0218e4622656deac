package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The pieces shoppers reserved to try on in this store, oldest first: what, for whom, until when;
 * "Ready" in one tap once it is put aside (the shopper's page then says so).
 */
public final class ToPutAsideViewModel {

    /** One piece: {@code what} "The emerald wrap dress · 38", {@code who}, {@code until}; {@code ready} once put aside. */
    public record Row(String orderId, String what, String who, String until, boolean ready) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final LienApi api;
    private final String storeId;
    private final UiThread threads;
    private final I18n i18n;
    private final ZoneId zone;

    public ToPutAsideViewModel(LienApi api, String storeId, UiThread threads, I18n i18n, ZoneId zone) {
        this.api = api;
        this.storeId = storeId;
        this.threads = threads;
        this.i18n = i18n;
        this.zone = zone;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty status() {
        return status;
    }

    public void refresh() {
        threads.background().execute(() -> {
            try {
                List<Dtos.ToPutAside> found = api.toPutAside(storeId);
                threads.ui().execute(() -> {
                    rows.setAll(found.stream().map(this::row).toList());
                    status.set("");
                });
            } catch (ApiException e) {
                threads.ui().execute(() -> status.set(e.unreachable() ? i18n.t("aside.offline") : e.detail()));
            }
        });
    }

    /** It is put aside: told to the server, the row says so; a refusal (someone did it first) is shown as the server says it. */
    public void ready(Row row) {
        threads.background().execute(() -> {
            try {
                Dtos.ToPutAside done = api.ready(storeId, row.orderId());
                threads.ui().execute(() -> {
                    rows.replaceAll(r -> r.orderId().equals(row.orderId()) ? row(done) : r);
                    status.set(i18n.t("aside.told", done.clientName()));
                });
            } catch (ApiException e) {
                threads.ui().execute(() -> status.set(e.unreachable() ? i18n.t("aside.offline") : e.detail()));
            }
        });
    }

    private Row row(Dtos.ToPutAside t) {
        String name = t.productName() == null || t.productName().isEmpty() ? t.productId()
                : t.productName().substring(0, 1).toUpperCase(i18n.locale()) + t.productName().substring(1);
        String until = t.heldUntil() == null ? "" : i18n.t("aside.until", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                FormatStyle.SHORT).withLocale(i18n.locale()).format(Instant.ofEpochMilli(t.heldUntil()).atZone(zone)));
        // to try on, or bought to collect: the advisor says a different thing when the client comes
        String why = i18n.t("aside.kind." + t.kind());
        return new Row(t.orderId(), name + " · " + t.size(), t.clientName() + " · " + why, until, "ready".equals(t.status()));
    }
}
