package io.lien.server.setup.application;

import io.lien.server.i18n.Phrase;

/**
 * What a back-office change came to: done (with what it made), or refused — the input breaks a rule,
 * names something that does not exist, or clashes with what is there — with the reason in words.
 */
public sealed interface SetupOutcome<T> {

    record Done<T>(T value) implements SetupOutcome<T> {
    }

    /** The input breaks a rule (an id, a position outside the plan, a size the product does not have). */
    record Invalid<T>(Phrase reason) implements SetupOutcome<T> {
    }

    /** It names a store, zone, device, product or person that does not exist (here). */
    record Unknown<T>(Phrase reason) implements SetupOutcome<T> {
    }

    /** It clashes with what is there: an id already taken, a zone still holding devices. */
    record Clash<T>(Phrase reason) implements SetupOutcome<T> {
    }

    /**
     * Runs a change, and answers a clash when the database refused it on a key or constraint: two people (or two
     * retries) creating the same id at the same instant both passed the checks, and only one can win.
     */
    public static <T> SetupOutcome<T> guarded(java.util.function.Supplier<SetupOutcome<T>> change) {
        try {
            return change.get();
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    return clash("problem.setup.changed-meanwhile");
                }
            }
            throw e;
        }
    }

    static <T> SetupOutcome<T> invalid(String key, Object... args) {
        return new Invalid<>(Phrase.with(key, args));
    }

    static <T> SetupOutcome<T> unknown(String key, Object... args) {
        return new Unknown<>(Phrase.with(key, args));
    }

    static <T> SetupOutcome<T> clash(String key, Object... args) {
        return new Clash<>(Phrase.with(key, args));
    }
}
