package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A client card: who they are, what they love, their story across channels. */
public final class ClientCardViewModel {

    /** One line of the story. */
    public record Entry(String date, String channel, String kind, String summary) {
    }

    /** A way into a conversation, in the advisor's language, with why Lien suggests it. */
    public record Opening(String text, String reason) {
    }

    private final BooleanProperty visible = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sizes = new SimpleStringProperty("");
    private final StringProperty loves = new SimpleStringProperty("");
    private final StringProperty prefers = new SimpleStringProperty("");
    private final StringProperty approachability = new SimpleStringProperty("");
    private final StringProperty approachabilityCode = new SimpleStringProperty("not-said");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<Entry> timeline = FXCollections.observableArrayList();
    private final ObservableList<Opening> starters = FXCollections.observableArrayList();
    private final StringProperty startersNote = new SimpleStringProperty("");
    private final LienApi api;
    private final UiThread threads;
    private final I18n i18n;
    private final ZoneId zone;
    private long requested;

    public ClientCardViewModel(LienApi api, UiThread threads, I18n i18n, ZoneId zone) {
        this.api = api;
        this.threads = threads;
        this.i18n = i18n;
        this.zone = zone;
    }

    public void open(String clientId) {
        long request = ++requested;
        visible.set(true);
        status.set(i18n.t("card.loading"));
        threads.background().execute(() -> {
            try {
                Dtos.ClientCard card = api.client(clientId);
                threads.ui().execute(() -> {
                    if (request == requested) {
                        show(card);
                    }
                });
            } catch (ApiException e) {
                threads.ui().execute(() -> status.set(i18n.t("card.error", e.getMessage())));
            }
        });
    }

    void show(Dtos.ClientCard c) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        boolean french = "fr".equals(i18n.locale().getLanguage());
        name.set(c.firstName() + " " + c.lastName());
        sizes.set(c.sizes() == null ? "" : c.sizes());
        loves.set(c.interests() == null ? "" : c.interests());
        prefers.set(i18n.t("card.prefers", c.preferredChannel()));
        approachability.set(i18n.t("approach." + c.approachability()));
        approachabilityCode.set(c.approachability());
        starters.setAll(c.conversationStarters().stream()
                .map(s -> new Opening(french ? s.textFr() : s.text(), i18n.t("card.because", french ? s.reasonFr() : s.reason())))
                .toList());
        // the server gives none to a client just browsing: say why the list is empty
        startersNote.set(starters.isEmpty() ? i18n.t("just-browsing".equals(c.approachability())
                ? "card.starters.browsing" : "card.starters.none") : "");
        // lines Lien writes itself (visits, feedback) come in both languages; orders and notes as they were written
        timeline.setAll(c.timeline().stream().map(e -> new Entry(dates.format(Instant.ofEpochMilli(e.ts()).atZone(zone)),
                i18n.t("channel." + e.channel()), i18n.t("kind." + e.kind()),
                french && e.summaryFr() != null ? e.summaryFr() : e.summary())).toList());
        status.set("");
    }

    public void close() {
        requested++;
        visible.set(false);
    }

    public BooleanProperty visible() {
        return visible;
    }

    public StringProperty name() {
        return name;
    }

    public StringProperty sizes() {
        return sizes;
    }

    public StringProperty loves() {
        return loves;
    }

    public StringProperty prefers() {
        return prefers;
    }

    public StringProperty approachability() {
        return approachability;
    }

    /** The code behind the label, so the view can colour it. */
    public StringProperty approachabilityCode() {
        return approachabilityCode;
    }

    public StringProperty status() {
        return status;
    }

    public ObservableList<Entry> timeline() {
        return timeline;
    }

    public ObservableList<Opening> starters() {
        return starters;
    }

    /** Why there is no starter, when there is none. */
    public StringProperty startersNote() {
        return startersNote;
    }
}
