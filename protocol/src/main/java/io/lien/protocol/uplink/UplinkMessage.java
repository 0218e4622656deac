package io.lien.protocol.uplink;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;
import io.lien.protocol.json.Json;
import io.lien.protocol.json.JsonException;
import io.lien.protocol.json.JsonWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What travels on an events topic: one {@link UplinkEnvelope}, or a <em>batch</em> of a gateway's
 * envelopes, {@code {"v":1,"store":…,"gateway":…,"events":[envelope, …]}}. A batch is one MQTT
 * message, so one PUBACK and one commit on the server for all its events (decision 0012): a
 * broker hands a client's publishes to the server one at a time, and one event per message meant
 * one commit per event.
 * <p>
 * Every event of a batch is still a whole envelope with its own {@code (gateway, seq)}, so the
 * server keeps its idempotency key, and refuses an event of a batch on its own (dead letter)
 * without refusing the others.
 */
public final class UplinkMessage {

    /** The most events a gateway puts in one message. */
    public static final int MAX_EVENTS = 100;
    /** Room for {@value #MAX_EVENTS} envelopes of the largest size and the batch's own fields. */
    public static final int MAX_BYTES = MAX_EVENTS * (UplinkEnvelope.MAX_BYTES + 1) + 256;
    /** The field that makes a message a batch. */
    public static final String EVENTS = "events";

    private UplinkMessage() {
    }

    /** One event of a message: decoded or refused, with the JSON kept for it (signal row or dead letter). */
    public record Part(String json, UplinkEnvelope.Decoded decoded) {
    }

    /**
     * A batch of envelopes already written as JSON (the gateway's journal entries), joined without
     * parsing them again. One envelope alone is sent as it is.
     */
    public static byte[] of(String storeId, String gatewayId, List<byte[]> envelopes) {
        if (envelopes.isEmpty() || envelopes.size() > MAX_EVENTS) {
            throw new IllegalArgumentException("a batch holds 1.." + MAX_EVENTS + " events, not " + envelopes.size());
        }
        if (envelopes.size() == 1) {
            return envelopes.get(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(envelopes.size() * 200 + 96);
        out.writeBytes(("{\"v\":" + UplinkEnvelope.VERSION + ",\"store\":\"" + Ids.require(storeId, "store id")
                + "\",\"gateway\":\"" + Ids.require(gatewayId, "gateway id") + "\",\"" + EVENTS + "\":[")
                .getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < envelopes.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(envelopes.get(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * Decodes a message into its events. A message refused as a whole (bad topic, too large, not
     * JSON, a batch naming another gateway than its topic) is one refused part holding the payload.
     */
    public static List<Part> decode(String topic, byte[] payload) {
        String text = payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
        try {
            UplinkTopics.EventsTopic from = UplinkTopics.parseEvents(topic);
            if (payload == null || payload.length > MAX_BYTES) {
                return refused(text, RejectReason.OVERSIZED, "uplink payload larger than " + MAX_BYTES + " bytes");
            }
            Map<String, Object> fields = Json.parseObject(text);
            if (!fields.containsKey(EVENTS)) {
                if (payload.length > UplinkEnvelope.MAX_BYTES) {
                    return refused(text, RejectReason.OVERSIZED, "uplink event larger than " + UplinkEnvelope.MAX_BYTES + " bytes");
                }
                return List.of(new Part(text, UplinkEnvelope.read(new Fields(fields), from)));
            }
            return batch(text, new Fields(fields), from);
        } catch (JsonException e) {
            return refused(text, RejectReason.MALFORMED_JSON, e.getMessage());
        } catch (ProtocolViolation v) {
            return refused(text, v.reason(), v.getMessage());
        } catch (IllegalArgumentException e) {
            return refused(text, RejectReason.BAD_VALUE, e.getMessage());
        }
    }

    private static List<Part> batch(String text, Fields batch, UplinkTopics.EventsTopic from) {
        int version = batch.intValue("v", 1, 1000);
        if (version != UplinkEnvelope.VERSION) {
            return refused(text, RejectReason.BAD_VALUE, "unsupported batch version " + version);
        }
        String store = batch.id("store");
        String gateway = batch.id("gateway");
        if (!store.equals(from.storeId()) || !gateway.equals(from.gatewayId())) {
            return refused(text, RejectReason.SPOOFED, "batch names store/gateway " + store + "/" + gateway
                    + " but was published on " + UplinkTopics.events(from.storeId(), from.gatewayId()));
        }
        if (!(batch.raw().get(EVENTS) instanceof List<?> events) || events.isEmpty()) {
            return refused(text, RejectReason.BAD_VALUE, "events must be a non-empty list");
        }
        if (events.size() > MAX_EVENTS) {
            return refused(text, RejectReason.TOO_MANY_ITEMS, "a batch holds at most " + MAX_EVENTS + " events, not " + events.size());
        }
        List<Part> parts = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            parts.add(element(i, events.get(i), from));
        }
        return parts;
    }

    @SuppressWarnings("unchecked")
    private static Part element(int index, Object item, UplinkTopics.EventsTopic from) {
        String json = JsonWriter.write(item);
        if (!(item instanceof Map)) {
            return new Part(json, new UplinkEnvelope.Decoded.Rejected(RejectReason.MALFORMED_JSON,
                    "event " + index + " of the batch is not a JSON object"));
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > UplinkEnvelope.MAX_BYTES) {
            return new Part(json, new UplinkEnvelope.Decoded.Rejected(RejectReason.OVERSIZED,
                    "event " + index + " of the batch is larger than " + UplinkEnvelope.MAX_BYTES + " bytes"));
        }
        return new Part(json, UplinkEnvelope.read(new Fields((Map<String, Object>) item), from));
    }

    private static List<Part> refused(String text, RejectReason reason, String detail) {
        return List.of(new Part(text, new UplinkEnvelope.Decoded.Rejected(reason, detail)));
    }
}
