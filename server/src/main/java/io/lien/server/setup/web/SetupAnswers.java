package io.lien.server.setup.web;

import io.lien.server.setup.application.SetupOutcome;
import io.lien.server.web.Problems;

/** A back-office outcome as HTTP: done → its value; invalid → 400, unknown → 404, clash → 409 (problem+json). */
final class SetupAnswers {

    private SetupAnswers() {
    }

    /** Runs the change (a clash on a key the database refused at the same instant, not a 500) and answers its value. */
    static <T> T done(java.util.function.Supplier<SetupOutcome<T>> change) {
        return done(SetupOutcome.guarded(change));
    }

    static <T> T done(SetupOutcome<T> outcome) {
        if (outcome instanceof SetupOutcome.Done<T> d) {
            return d.value();
        }
        if (outcome instanceof SetupOutcome.Invalid<T> i) {
            throw new Problems.BadRequest(i.reason());
        }
        if (outcome instanceof SetupOutcome.Unknown<T> u) {
            throw new Problems.NotFound(u.reason());
        }
        throw new Problems.Conflict(((SetupOutcome.Clash<T>) outcome).reason());
    }
}
