package io.lien.app.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SseParserTest {

    private final List<String> events = new ArrayList<>();
    private final SseParser parser = new SseParser((id, data) -> events.add(id + "|" + data));

    private void feed(String... lines) {
        for (String l : lines) {
            parser.line(l);
        }
    }

    @Test
    void dispatchesOnABlankLineWithItsId() {
        feed("event: moment", "id: 7", "data: {\"a\":1}", "");
        assertEquals(List.of("7|{\"a\":1}"), events);
        assertEquals("7", parser.lastEventId());
    }

    @Test
    void joinsMultiLineDataAndIgnoresComments() {
        feed(": keep-alive", "data: one", "data:two", "");
        assertEquals(List.of("null|one\ntwo"), events);
    }

    @Test
    void anEventWithoutDataIsNotDispatchedButItsIdIsRemembered() {
        feed("id: 9", "");
        assertEquals(List.of(), events);
        assertEquals("9", parser.lastEventId());
    }
}
