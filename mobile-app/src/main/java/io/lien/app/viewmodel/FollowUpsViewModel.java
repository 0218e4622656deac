package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import io.lien.app.offline.Outbox;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The advisor's follow-ups, per day: the late ones first, then today, tomorrow and the days after.
 * Ones set without the network show as waiting to be sent. Setting one takes a day and a few words.
 */
public final class FollowUpsViewModel {

    /** A day's heading, or one follow-up ({@code id} 0 while it waits in the outbox). */
    public record Row(boolean heading, String text, String client, long id, boolean late, boolean done, boolean waiting) {
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final StringProperty draftText = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> draftDay = new SimpleObjectProperty<>();
    private final StringProperty draftFor = new SimpleStringProperty("");
    private final LienApi api;
    private final Outbox outbox;
    private final UiThread threads;
    private final I18n i18n;
    private final Supplier<LocalDate> today;
    private List<Dtos.FollowUp> fromServer = List.of();
    private String draftClientId;
    private String draftClientName;

    public FollowUpsViewModel(LienApi api, Outbox outbox, UiThread threads, I18n i18n, Supplier<LocalDate> today) {
        this.api = api;
        this.outbox = outbox;
        this.threads = threads;
        this.i18n = i18n;
        this.today = today;
        outbox.onChange(s -> threads.ui().execute(this::show));
    }

    public void refresh() {
        threads.background().execute(() -> {
            try {
                List<Dtos.FollowUp> list = api.followUps();
                threads.ui().execute(() -> {
                    fromServer = list;
                    status.set("");
                    show();
                });
            } catch (ApiException e) {
                threads.ui().execute(() -> status.set(e.unreachable() ? i18n.t("followups.offline") : e.detail()));
            }
        });
    }

    private void show() {
        LocalDate now = today.get();
        record Line(LocalDate day, Row row) {
        }
        List<Line> lines = new ArrayList<>();
        for (Dtos.FollowUp f : fromServer) {
            lines.add(new Line(f.late() ? LocalDate.MIN : LocalDate.parse(f.dueOn()),
                    new Row(false, f.text(), f.clientName(), f.id(), f.late(), f.doneAt() != null, false)));
        }
        for (Outbox.Item i : outbox.state().pending()) {
            if (i.kind().equals("follow-up")) {
                lines.add(new Line(LocalDate.parse(i.dueOn()), new Row(false, i.text(), i.clientName(), 0, false, false, true)));
            }
        }
        lines.sort(Comparator.comparing(Line::day));
        List<Row> out = new ArrayList<>();
        LocalDate current = null;
        for (Line l : lines) {
            if (!l.day().equals(current)) {
                current = l.day();
                out.add(new Row(true, heading(current, now), null, 0, false, false, false));
            }
            out.add(l.row());
        }
        rows.setAll(out);
    }

    private String heading(LocalDate day, LocalDate now) {
        if (day.equals(LocalDate.MIN)) {
            return i18n.t("followups.late");
        }
        if (day.equals(now)) {
            return i18n.t("followups.today");
        }
        if (day.equals(now.plusDays(1))) {
            return i18n.t("followups.tomorrow");
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(i18n.locale()).format(day);
    }

    public void markDone(Row row) {
        if (row.heading() || row.waiting() || row.done()) {
            return;
        }
        threads.background().execute(() -> {
            try {
                api.followUpDone(row.id());
                refresh();
            } catch (ApiException e) {
                threads.ui().execute(() -> status.set(e.unreachable() ? i18n.t("followups.offline") : e.detail()));
            }
        });
    }

    /** Starts a follow-up about a client, due tomorrow unless the advisor picks another day. */
    public void startFor(String clientId, String clientName) {
        draftClientId = clientId;
        draftClientName = clientName;
        draftFor.set(i18n.t("followups.for", clientName));
        draftText.set("");
        draftDay.set(today.get().plusDays(1));
        editing.set(true);
    }

    /** Kept on the tablet first, then sent: it shows at once, marked as waiting until the server has it. */
    public void save() {
        if (draftText.get().isBlank() || draftDay.get() == null || draftDay.get().isBefore(today.get())) {
            status.set(i18n.t("followups.incomplete"));
            return;
        }
        outbox.add(Outbox.Item.followUp(draftClientId, draftClientName, draftDay.get().toString(), draftText.get().strip(),
                System.currentTimeMillis()));
        editing.set(false);
        threads.background().execute(() -> {
            if (outbox.flush()) {
                refresh();
            }
        });
    }

    public void cancel() {
        editing.set(false);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty editing() {
        return editing;
    }

    public StringProperty draftText() {
        return draftText;
    }

    public ObjectProperty<LocalDate> draftDay() {
        return draftDay;
    }

    public StringProperty draftFor() {
        return draftFor;
    }
}
