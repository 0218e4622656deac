package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.offline.Outbox;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What waits on this tablet for the network, always in sight: "2 waiting to be sent". Tries
 * again whenever asked (a timer, the live feed coming back).
 */
public final class OutboxViewModel {

    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty refusal = new SimpleStringProperty("");
    private final Outbox outbox;
    private final UiThread threads;

    public OutboxViewModel(Outbox outbox, UiThread threads, I18n i18n) {
        this.outbox = outbox;
        this.threads = threads;
        outbox.onChange(s -> threads.ui().execute(() -> {
            waiting.set(s.pending().isEmpty() ? "" : i18n.t("outbox.waiting", s.pending().size()));
            refusal.set(s.refused() == null ? "" : i18n.t("outbox.refused", s.refused().clientName(), s.refusal()));
        }));
    }

    public void retry() {
        threads.background().execute(outbox::flush);
    }

    public StringProperty waiting() {
        return waiting;
    }

    public StringProperty refusal() {
        return refusal;
    }
}
