package io.lien.server.imports.model;

/** A row read into a value, or refused with the reason a person can act on. */
public sealed interface Parsed<T> {

    record Ok<T>(T value) implements Parsed<T> {
    }

    record Refused<T>(String reason) implements Parsed<T> {
    }

    static <T> Parsed<T> refused(String reason) {
        return new Refused<>(reason);
    }
}
