package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

/** The live moments feed, newest first, in the advisor's language. */
public final class MomentsViewModel implements AutoCloseable {

    static final int KEEP = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * One line of the feed. {@code clientId} is set only for a client who consented to presence;
     * {@code claimedBy} once an advisor said "I'm on it" (in the advisor's words: "You're on it").
     */
    public record Item(long id, String time, String text, String kind, String clientId, String approachability,
                       String claimedBy) {
        public boolean opensAClientCard() {
            return clientId != null;
        }

        /**
         * Something to go and do, that nobody took yet: a request (mirror, help, a fitting room, a
         * device), or a client who said they would like advice. Never a client just browsing who
         * did not ask.
         */
        public boolean claimable() {
            return claimedBy == null && (ASKED.contains(kind) || "advice-welcome".equals(approachability) && !NOT_TO_DO.contains(kind));
        }

        Item claimed(String by) {
            return new Item(id, time, text, kind, clientId, approachability, by);
        }
    }

    private static final Set<String> NOT_TO_DO = Set.of("CLAIM", "SELECTION_OPENED");
    private static final Set<String> ASKED = Set.of("SIZE_REQUEST", "ADVISOR_CALL", "HELP", "TRY_ON", "DEVICE_ALERT");

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObjectProperty<LienApi.FeedState> state = new SimpleObjectProperty<>(LienApi.FeedState.CONNECTING);
    private final StringProperty stateText = new SimpleStringProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private final Set<Long> seen = new HashSet<>();
    private final LienApi api;
    private final String storeId;
    private final UiThread threads;
    private final I18n i18n;
    private final ZoneId zone;
    private Runnable onMoment = () -> {
    };
    private LienApi.MomentSubscription subscription;

    private final String me;

    public MomentsViewModel(LienApi api, String storeId, String me, UiThread threads, I18n i18n, ZoneId zone) {
        this.me = me;
        this.api = api;
        this.storeId = storeId;
        this.threads = threads;
        this.i18n = i18n;
        this.zone = zone;
        stateText.set(i18n.t("feed." + state.get()));
        state.addListener((o, was, now) -> stateText.set(i18n.t("feed." + now)));
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObjectProperty<LienApi.FeedState> state() {
        return state;
    }

    public StringProperty stateText() {
        return stateText;
    }

    /** Something else (the "In store now" list) wants to know when the store changed. */
    public void onEveryMoment(Runnable listener) {
        this.onMoment = listener;
    }

    public void start() {
        subscription = api.moments(storeId, m -> threads.ui().execute(() -> add(m)),
                s -> threads.ui().execute(() -> state.set(s)));
    }

    /** What the advisor should know about their last tap ("Léa is already on it"), or empty. */
    public StringProperty notice() {
        return notice;
    }

    /** "I'm on it": tells every tablet; if a colleague was quicker, says who went. */
    public void claim(Item item) {
        if (!item.claimable()) {
            return;
        }
        notice.set("");
        threads.background().execute(() -> {
            try {
                Dtos.Moment claim = api.claim(storeId, item.id());
                threads.ui().execute(() -> add(claim));
            } catch (ApiException e) {
                String says = e.unreachable() ? i18n.t("moment.claim.offline") : e.detail();
                threads.ui().execute(() -> notice.set(says));
            }
        });
    }

    void add(Dtos.Moment m) {
        if (!seen.add(m.id())) {
            return;
        }
        if ("CLAIM".equals(m.kind()) && m.refersTo() != null && markClaimed(m)) {
            onMoment.run();
            return;
        }
        String text = m.text(); // worded by the server in the advisor's language (Accept-Language)
        Item item = new Item(m.id(), TIME.format(Instant.ofEpochMilli(m.ts()).atZone(zone)), text, m.kind(),
                m.clientId(), m.approachability(), null);
        int at = 0;
        while (at < items.size() && items.get(at).id() > m.id()) {
            at++;
        }
        items.add(at, item);
        if (items.size() > KEEP) {
            items.remove(KEEP, items.size());
        }
        onMoment.run();
    }

    /** The taken moment shows who went; @return false when it is no longer in the feed */
    private boolean markClaimed(Dtos.Moment claim) {
        String by = me.equals(claim.advisor()) ? i18n.t("moment.claimed.me")
                : i18n.t("moment.claimed", claim.advisorName() == null ? claim.advisor() : claim.advisorName());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == claim.refersTo()) {
                items.set(i, items.get(i).claimed(by));
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.close();
        }
    }
}
