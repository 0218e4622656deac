package io.lien.server.consent.web;

import io.lien.server.consent.ConsentChange;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.QuietHours;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** A client's consents: what is given now (kind code → yes/no), quiet hours, and every change, newest first. */
@Serdeable
public record ConsentView(String clientId, Map<String, Boolean> given, @Nullable String quietHours, List<Change> history) {

    /** One change: when, what, how it was said and by whom. */
    @Serdeable
    public record Change(long ts, String kind, boolean granted, @Nullable String value, String source, String actor,
                         @Nullable String note) {
        static Change of(ConsentChange c) {
            return new Change(c.ts(), c.kind(), c.granted(), c.value(), c.source(), c.actor(), c.note());
        }
    }

    /** The body of a consent change: {@code kind} a code, {@code value} for quiet hours only. */
    @Serdeable
    public record Body(@Nullable String kind, @Nullable Boolean granted, @Nullable String value, @Nullable String source,
                       @Nullable String note) {
        public ConsentLedger.Request request() {
            return new ConsentLedger.Request(kind, granted, value, source, note);
        }
    }

    public static ConsentView of(String clientId, ConsentLedger.Ledger ledger) {
        Map<String, Boolean> given = ledger.state().givenByCode();
        List<Change> history = new ArrayList<>(ledger.history().stream().map(Change::of).toList());
        Collections.reverse(history);
        return new ConsentView(clientId, given, ledger.state().quietHours().map(QuietHours::text).orElse(null), history);
    }
}
