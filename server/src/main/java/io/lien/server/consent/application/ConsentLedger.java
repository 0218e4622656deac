package io.lien.server.consent.application;

import io.lien.server.clients.ClientDirectory;
import io.lien.server.consent.ConsentChange;
import io.lien.server.consent.ConsentChangeRepository;
import io.lien.server.consent.model.ConsentKind;
import io.lien.server.consent.model.ConsentSource;
import io.lien.server.consent.model.ConsentState;
import io.lien.server.consent.model.QuietHours;
import io.lien.server.i18n.Phrase;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records consents given or withdrawn and answers what a client currently allows. A change that
 * repeats the current choice is not written again (a double tap is not history).
 */
@Singleton
public class ConsentLedger {

    static final int MAX_NOTE = 200;

    private final ConsentChangeRepository changes;
    private final ClientDirectory clients;

    ConsentLedger(ConsentChangeRepository changes, ClientDirectory clients) {
        this.changes = changes;
        this.clients = clients;
    }

    /** A consent as asked for: codes as the API names them. */
    public record Request(String kind, Boolean granted, String value, String source, String note) {
    }

    /** Who says it: the client themselves, or a member of staff recording it for them. */
    public record Author(String actor, boolean staff) {
        public static Author client() {
            return new Author("client", false);
        }
    }

    public sealed interface Outcome {
        record Recorded(ConsentChange change) implements Outcome {
        }

        record Unchanged() implements Outcome {
        }

        record UnknownClient(String clientId) implements Outcome {
        }

        record Refused(Phrase reason) implements Outcome {
        }
    }

    @Transactional
    public Outcome record(String clientId, Request request, Author author) {
        if (clients.find(clientId).isEmpty()) {
            return new Outcome.UnknownClient(clientId);
        }
        Optional<ConsentKind> kind = ConsentKind.fromCode(request.kind());
        if (kind.isEmpty()) {
            return new Outcome.Refused(Phrase.with("problem.consent.unknown-kind", request.kind(), ConsentKind.codes()));
        }
        if (request.granted() == null) {
            return new Outcome.Refused(Phrase.with("problem.consent.granted"));
        }
        Optional<ConsentSource> source = source(request, author);
        if (source.isEmpty()) {
            return new Outcome.Refused(Phrase.with("problem.consent.unknown-source", request.source()));
        }
        Optional<String> value = value(kind.get(), request);
        if (value == null) {
            return new Outcome.Refused(Phrase.with(kind.get() == ConsentKind.QUIET_HOURS
                    ? "problem.consent.quiet-hours" : "problem.consent.no-value"));
        }
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            return new Outcome.Refused(Phrase.with("problem.consent.note", MAX_NOTE));
        }
        List<ConsentChange> history = changes.findByClientIdOrderByTsAscAndIdAsc(clientId);
        if (repeats(history, kind.get(), request.granted(), value.orElse(null))) {
            return new Outcome.Unchanged();
        }
        ConsentChange saved = changes.save(new ConsentChange(null, clientId, kind.get().code(), request.granted(),
                value.orElse(null), System.currentTimeMillis(), source.get().code(), author.actor(), request.note()));
        if (kind.get() == ConsentKind.PRESENCE) {
            clients.presenceConsent(clientId, request.granted());
        }
        return new Outcome.Recorded(saved);
    }

    /** The history, oldest first, and what it adds up to; empty for an unknown client. */
    public Optional<Ledger> ledger(String clientId) {
        return clients.find(clientId).map(c -> {
            List<ConsentChange> history = changes.findByClientIdOrderByTsAscAndIdAsc(clientId);
            List<ConsentState.Change> folded = history.stream()
                    .flatMap(h -> ConsentKind.fromCode(h.kind()).stream()
                            .map(k -> new ConsentState.Change(k, h.granted(), h.value(), h.ts())))
                    .toList();
            return new Ledger(ConsentState.fold(c.presenceConsent(), folded), history);
        });
    }

    public record Ledger(ConsentState state, List<ConsentChange> history) {
    }

    private static Optional<ConsentSource> source(Request request, Author author) {
        if (author.staff()) {
            return Optional.of(ConsentSource.ADVISOR);
        }
        return request.source() == null ? Optional.of(ConsentSource.WEB)
                : ConsentSource.fromCode(request.source()).filter(ConsentSource::saidByShopper);
    }

    /** The value to keep (quiet hours), empty for none, null when the request's value is wrong. */
    private static Optional<String> value(ConsentKind kind, Request request) {
        if (kind != ConsentKind.QUIET_HOURS || !request.granted()) {
            return request.value() == null || kind == ConsentKind.QUIET_HOURS ? Optional.empty() : null;
        }
        return QuietHours.parse(request.value()).map(QuietHours::text).map(Optional::of).orElse(null);
    }

    private static boolean repeats(List<ConsentChange> history, ConsentKind kind, boolean granted, String value) {
        return history.stream().filter(h -> h.kind().equals(kind.code())).reduce((a, b) -> b)
                .map(last -> last.granted() == granted && Objects.equals(last.value(), value))
                .orElse(false);
    }
}
