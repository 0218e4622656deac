package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;
import io.lien.protocol.json.Json;
import io.lien.protocol.json.JsonException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns a (topic, payload) pair received from a device into a typed message or a rejection. */
public final class DeviceMessageDecoder {

    private DeviceMessageDecoder() {
    }

    public static Decoded decode(String topic, byte[] payload) {
        DeviceTopic parsed;
        try {
            parsed = DeviceTopic.parse(topic);
        } catch (ProtocolViolation v) {
            return new Decoded.Rejected(null, v.reason(), v.getMessage());
        }
        if (parsed.channel().direction() != DeviceChannel.Direction.UP) {
            return new Decoded.Rejected(parsed.deviceId(), RejectReason.BAD_TOPIC,
                    "devices may not publish on " + parsed.channel().pattern());
        }
        if (payload == null || payload.length > DeviceChannel.MAX_PAYLOAD_BYTES) {
            return new Decoded.Rejected(parsed.deviceId(), RejectReason.OVERSIZED,
                    "payload of " + (payload == null ? 0 : payload.length) + " bytes, at most "
                            + DeviceChannel.MAX_PAYLOAD_BYTES + " allowed");
        }
        try {
            Fields fields = new Fields(Json.parseObject(utf8(payload)));
            return new Decoded.Accepted(read(parsed, fields));
        } catch (JsonException e) {
            return new Decoded.Rejected(parsed.deviceId(), RejectReason.MALFORMED_JSON, e.getMessage());
        } catch (ProtocolViolation v) {
            return new Decoded.Rejected(parsed.deviceId(), v.reason(), v.getMessage());
        } catch (IllegalArgumentException e) {
            return new Decoded.Rejected(parsed.deviceId(), RejectReason.BAD_VALUE, e.getMessage());
        }
    }

    private static DeviceMessage read(DeviceTopic topic, Fields f) {
        String id = topic.deviceId();
        return switch (topic.channel()) {
            case HANGER_MOTION -> HangerMotion.read(id, f);
            case HANGER_BUTTON -> HangerButton.read(id, f);
            case READER_TAGS -> ReaderTags.read(id, f);
            case BEACON_STATUS -> BeaconStatus.read(id, f);
            case APP_SIGHTINGS -> AppSightings.read(id, f);
            case FIXTURE_TAP -> FixtureTap.read(id, f);
            case HANGER_DISPLAY, FIXTURE_DISPLAY -> throw new ProtocolViolation(RejectReason.BAD_TOPIC, "downlink topic");
        };
    }

    private static String utf8(byte[] payload) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new JsonException("payload is not valid UTF-8");
        }
    }
}
