package io.lien.protocol.json;

/** A document is not valid JSON; the message says where and why. */
public final class JsonException extends RuntimeException {
    public JsonException(String message) {
        super(message);
    }
}
