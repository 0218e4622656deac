package io.lien.app.api;

import java.util.function.BiConsumer;

/**
 * Server-sent events, line by line (WHATWG rules we need: id, data, multi-line data, comments,
 * blank line dispatch). Remembers the last id for resuming.
 */
final class SseParser {

    private final BiConsumer<String, String> onEvent;
    private final StringBuilder data = new StringBuilder();
    private String id;
    private String lastEventId;

    /** @param onEvent receives (id, data) for each complete event */
    SseParser(BiConsumer<String, String> onEvent) {
        this.onEvent = onEvent;
    }

    void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "data" -> data.append(data.length() > 0 ? "\n" : "").append(value);
            case "id" -> id = value;
            default -> {
                // event names and retry hints are not needed by the app
            }
        }
    }

    private void dispatch() {
        if (id != null) {
            lastEventId = id;
        }
        if (data.length() > 0) {
            onEvent.accept(id, data.toString());
        }
        data.setLength(0);
        id = null;
    }

    String lastEventId() {
        return lastEventId;
    }
}
