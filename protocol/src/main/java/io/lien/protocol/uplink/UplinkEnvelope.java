package io.lien.protocol.uplink;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;
import io.lien.protocol.json.Json;
import io.lien.protocol.json.JsonException;
import io.lien.protocol.json.JsonWriter;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The versioned envelope of every uplink event. {@code (gatewayId, seq)} is unique for ever:
 * the gateway never reuses a sequence number, so the server can drop redeliveries.
 *
 * @param ts when the gateway observed the event (epoch ms, gateway clock)
 */
public record UplinkEnvelope(int version, String storeId, String gatewayId, long seq, long ts, UplinkEvent event) {

    public static final int VERSION = 1;
    /** An uplink event is small; anything bigger is hostile. */
    public static final int MAX_BYTES = 4096;

    public UplinkEnvelope {
        Ids.require(storeId, "store id");
        Ids.require(gatewayId, "gateway id");
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be >= 0");
        }
    }

    public static UplinkEnvelope of(String storeId, String gatewayId, long seq, long ts, UplinkEvent event) {
        return new UplinkEnvelope(VERSION, storeId, gatewayId, seq, ts, event);
    }

    public String topic() {
        return UplinkTopics.events(storeId, gatewayId);
    }

    public String toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", version);
        m.put("store", storeId);
        m.put("gateway", gatewayId);
        m.put("seq", seq);
        m.put("ts", ts);
        m.put("type", event.type());
        m.put("data", event.data());
        return JsonWriter.write(m);
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    /** The outcome of decoding an uplink message. */
    public sealed interface Decoded {
        record Accepted(UplinkEnvelope envelope) implements Decoded {
        }

        record Rejected(RejectReason reason, String detail) implements Decoded {
        }
    }

    /**
     * Decodes a message holding one envelope and checks that the topic and the envelope name the
     * same store and gateway. {@link UplinkMessage#decode} reads batches too.
     */
    public static Decoded decode(String topic, byte[] payload) {
        try {
            UplinkTopics.EventsTopic from = UplinkTopics.parseEvents(topic);
            if (payload == null || payload.length > MAX_BYTES) {
                return new Decoded.Rejected(RejectReason.OVERSIZED, "uplink payload larger than " + MAX_BYTES + " bytes");
            }
            return read(new Fields(Json.parseObject(new String(payload, StandardCharsets.UTF_8))), from);
        } catch (JsonException e) {
            return new Decoded.Rejected(RejectReason.MALFORMED_JSON, e.getMessage());
        } catch (ProtocolViolation v) {
            return new Decoded.Rejected(v.reason(), v.getMessage());
        }
    }

    /** Reads an envelope from its parsed fields, published on the events topic of {@code from}. */
    static Decoded read(Fields f, UplinkTopics.EventsTopic from) {
        try {
            int version = f.intValue("v", 1, 1000);
            if (version != VERSION) {
                return new Decoded.Rejected(RejectReason.BAD_VALUE, "unsupported envelope version " + version);
            }
            UplinkEnvelope envelope = new UplinkEnvelope(version, f.id("store"), f.id("gateway"),
                    f.longValue("seq", 0, Long.MAX_VALUE), f.longValue("ts", 0, Long.MAX_VALUE),
                    UplinkEvent.read(f.string("type", 64), f.object("data")));
            if (!envelope.storeId().equals(from.storeId()) || !envelope.gatewayId().equals(from.gatewayId())) {
                return new Decoded.Rejected(RejectReason.SPOOFED, "envelope names store/gateway "
                        + envelope.storeId() + "/" + envelope.gatewayId() + " but was published on "
                        + UplinkTopics.events(from.storeId(), from.gatewayId()));
            }
            return new Decoded.Accepted(envelope);
        } catch (JsonException e) {
            return new Decoded.Rejected(RejectReason.MALFORMED_JSON, e.getMessage());
        } catch (ProtocolViolation v) {
            return new Decoded.Rejected(v.reason(), v.getMessage());
        } catch (IllegalArgumentException e) {
            return new Decoded.Rejected(RejectReason.BAD_VALUE, e.getMessage());
        }
    }
}
