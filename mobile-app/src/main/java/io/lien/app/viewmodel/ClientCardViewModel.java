package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import io.lien.app.offline.CardCache;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import java.util.Optional;
import java.util.function.LongSupplier;

/** A client card: who they are, what they love, their story across channels. */
public final class ClientCardViewModel {

    /** One line of the story; {@code channelCode} picks its icon. */
    public record Entry(String date, String channel, String kind, String summary, String channelCode) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM HH:mm");

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
    private final StringProperty offlineNote = new SimpleStringProperty("");
    private final ObservableList<String> dates = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> relationship = FXCollections.observableArrayList();
    private final ObservableList<String> consents = FXCollections.observableArrayList();
    private final ObservableList<String> credits = FXCollections.observableArrayList();
    private final ObjectProperty<Dtos.ClientCard> card = new SimpleObjectProperty<>();
    private final CardCache cache;
    private final CardTexts texts;
    private final LongSupplier clock;
    private final LienApi api;
    private final UiThread threads;
    private final I18n i18n;
    private final ZoneId zone;
    private long requested;

    public ClientCardViewModel(LienApi api, UiThread threads, I18n i18n, ZoneId zone, CardCache cache, LongSupplier clock) {
        this.cache = cache;
        this.clock = clock;
        this.texts = new CardTexts(i18n);
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
                Dtos.ClientCard fresh = api.client(clientId);
                cache.save(fresh, clock.getAsLong());
                threads.ui().execute(() -> {
                    if (request == requested) {
                        show(fresh);
                        offlineNote.set("");
                    }
                });
            } catch (ApiException e) {
                if (e.status() == 404) {
                    cache.forget(clientId);
                }
                // no network: the copy this tablet kept, clearly marked as such
                Optional<CardCache.Cached> kept = e.unreachable() ? cache.load(clientId, clock.getAsLong()) : Optional.empty();
                threads.ui().execute(() -> {
                    if (request != requested) {
                        return;
                    }
                    if (kept.isPresent()) {
                        show(kept.get().card());
                        offlineNote.set(i18n.t("card.offline", STAMP.withLocale(i18n.locale())
                                .format(Instant.ofEpochMilli(kept.get().savedAt()).atZone(zone))));
                    } else {
                        status.set(e.unreachable() ? i18n.t("card.offline.none") : i18n.t("card.error", e.detail()));
                    }
                });
            }
        });
    }

    void show(Dtos.ClientCard c) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        name.set(c.firstName() + " " + c.lastName());
        sizes.set(c.sizes() == null ? "" : c.sizes());
        loves.set(c.interests() == null ? "" : c.interests());
        prefers.set(i18n.t("card.prefers", c.preferredChannel()));
        approachability.set(i18n.t("approach." + c.approachability()));
        approachabilityCode.set(c.approachability());
        starters.setAll(c.conversationStarters().stream()
                .map(s -> new Opening(s.text(), i18n.t("card.because", s.reason())))
                .toList());
        // the server gives none to a client just browsing: say why the list is empty
        startersNote.set(starters.isEmpty() ? i18n.t("just-browsing".equals(c.approachability())
                ? "card.starters.browsing" : "card.starters.none") : "");
        // lines Lien writes itself (visits, feedback) come in the advisor's language; orders and notes as they were written
        timeline.setAll(c.timeline().stream().map(e -> new Entry(days.format(Instant.ofEpochMilli(e.ts()).atZone(zone)),
                i18n.t("channel." + e.channel()), i18n.t("kind." + e.kind()),
                e.summary(), e.channel())).toList());
        this.dates.setAll(c.importantDates().stream().map(texts::date).toList());
        // "Credited to you: 60 % · 12 Dec — 60 %: Léa, who sent the selection…; 40 %: Marc, who talked with…"
        credits.setAll(c.credits().stream().map(o -> (o.yoursPercent() > 0 ? i18n.t("card.credit.yours", o.yoursPercent())
                : i18n.t("card.credit.not-yours")) + " · " + days.format(Instant.ofEpochMilli(o.orderedAt()).atZone(zone)) + " — " + o.why())
                .toList());
        people.setAll(c.relationships().stream().map(texts::person).toList());
        relationship.setAll(c.relationshipTypologies().stream().map(t -> i18n.t("relationship." + t.code()) + " — "
                + t.evidence()).toList());
        consents.setAll(texts.consents(c.consents(), c.quietHours()));
        card.set(c);
        status.set("");
    }

    public void close() {
        requested++;
        visible.set(false);
    }

    /** The card on screen (for a note, a selection, a follow-up about this client). */
    public ObjectProperty<Dtos.ClientCard> card() {
        return card;
    }

    /** Set when the card shown is this tablet's copy, with when it was saved. */
    public StringProperty offlineNote() {
        return offlineNote;
    }

    public ObservableList<String> dates() {
        return dates;
    }

    public ObservableList<String> people() {
        return people;
    }

    /** What kind of relationship this is, each with its evidence ("Gift giver — 1 order as a gift …"). */
    public ObservableList<String> relationship() {
        return relationship;
    }

    /** Each order's credit: the advisor's own share first, then who else helped and why. */
    public ObservableList<String> credits() {
        return credits;
    }

    public ObservableList<String> consents() {
        return consents;
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
