package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Curating a selection: what the client handled today comes first, already one tap away; the rest
 * of the catalogue below. The server checks consent and quiet hours and says how it went.
 */
public final class SelectionViewModel {

    public static final int MAX = 12;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    /** A piece to pick; {@code today} when the client handled it in store today. */
    public record Candidate(String productId, String label, String detail, boolean today, BooleanProperty picked) {
    }

    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty pickedAny = new SimpleBooleanProperty(false);
    private final BooleanBinding canSend = Bindings.createBooleanBinding(() -> pickedAny.get() && !busy.get(), pickedAny, busy);
    private final LienApi api;
    private final UiThread threads;
    private final I18n i18n;
    private final ZoneId zone;
    private List<Dtos.Product> catalogue = List.of();
    private Dtos.ClientCard client;
    private String requestId;

    public SelectionViewModel(LienApi api, UiThread threads, I18n i18n, ZoneId zone) {
        this.api = api;
        this.threads = threads;
        this.i18n = i18n;
        this.zone = zone;
    }

    public void open(Dtos.ClientCard card) {
        client = card;
        requestId = UUID.randomUUID().toString();
        title.set(i18n.t("selection.title", card.firstName()));
        message.set("");
        status.set("");
        visible.set(true);
        fill();
        if (catalogue.isEmpty()) {
            threads.background().execute(() -> {
                try {
                    List<Dtos.Product> all = api.products();
                    threads.ui().execute(() -> {
                        catalogue = all;
                        fill();
                    });
                } catch (ApiException e) {
                    threads.ui().execute(() -> status.set(e.unreachable() ? i18n.t("selection.offline") : e.detail()));
                }
            });
        }
    }

    private void fill() {
        List<Candidate> list = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Dtos.Touched t : client.touchedToday()) {
            if (seen.add(t.productId())) {
                String detail = i18n.t(t.tried() ? "selection.tried" : "selection.touched", t.size());
                list.add(candidate(t.productId(), t.name(), detail, true));
            }
        }
        for (Dtos.Product p : catalogue) {
            if (seen.add(p.id())) {
                list.add(candidate(p.id(), p.name(), p.category(), false));
            }
        }
        candidates.setAll(list);
        pickedAny.set(false);
    }

    private Candidate candidate(String id, String name, String detail, boolean today) {
        Candidate c = new Candidate(id, capitalise(name), detail, today, new SimpleBooleanProperty(false));
        c.picked().addListener((o, was, now) -> {
            if (now && picked().size() > MAX) {
                c.picked().set(false);
                status.set(i18n.t("selection.max", MAX));
            }
            pickedAny.set(!picked().isEmpty());
        });
        return c;
    }

    private List<String> picked() {
        return candidates.stream().filter(c -> c.picked().get()).map(Candidate::productId).toList();
    }

    /** Sends it; the same tap twice (or a retry) sends it once: the request id stays until it went. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        busy.set(true);
        status.set(i18n.t("selection.sending"));
        Dtos.NewSelection body = new Dtos.NewSelection(picked(), message.get().isBlank() ? null : message.get().strip(), requestId);
        String clientId = client.id();
        String firstName = client.firstName();
        threads.background().execute(() -> {
            try {
                Dtos.SentSelection sent = api.sendSelection(clientId, body);
                threads.ui().execute(() -> {
                    busy.set(false);
                    status.set(said(sent, firstName));
                    visible.set(false);
                });
            } catch (ApiException e) {
                threads.ui().execute(() -> {
                    busy.set(false);
                    status.set(e.unreachable() ? i18n.t("selection.offline") : e.detail());
                });
            }
        });
    }

    private String said(Dtos.SentSelection s, String firstName) {
        String channel = i18n.t("via." + s.channel());
        if (s.sentAt() != null) {
            return i18n.t("selection.sent", firstName, channel);
        }
        return i18n.t("selection.later", firstName, channel, HOUR.format(Instant.ofEpochMilli(s.sendAfter()).atZone(zone)));
    }

    public void cancel() {
        visible.set(false);
    }

    private static String capitalise(String name) {
        String bare = name.replaceFirst("^(the |le |la |les |l')", "");
        return bare.isEmpty() ? name : Character.toUpperCase(bare.charAt(0)) + bare.substring(1);
    }

    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty title() {
        return title;
    }

    public BooleanProperty visible() {
        return visible;
    }

    public BooleanBinding canSend() {
        return canSend;
    }
}
