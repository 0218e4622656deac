package io.lien.protocol.device;

import io.lien.protocol.Fields;
import io.lien.protocol.Ids;
import io.lien.protocol.json.JsonWriter;

import java.util.Map;

/** {@code dev/beacon/{beaconId}/status}: a zone beacon's periodic health report. */
public record BeaconStatus(String deviceId, long boot, long seq, long ts, int battery, int txPower)
        implements DeviceMessage {

    public BeaconStatus {
        Ids.require(deviceId, "beacon id");
        if (battery < 0 || battery > 100 || txPower < -100 || txPower > 0) {
            throw new IllegalArgumentException("battery must be in 0..100 and txPower in -100..0");
        }
    }

    @Override
    public DeviceChannel channel() {
        return DeviceChannel.BEACON_STATUS;
    }

    static BeaconStatus read(String deviceId, Fields f) {
        return new BeaconStatus(deviceId, DeviceFields.boot(f), DeviceFields.seq(f), DeviceFields.ts(f),
                f.intValue("battery", 0, 100), f.intValue("txPower", -100, 0));
    }

    @Override
    public String toJson() {
        Map<String, Object> m = DeviceFields.header(boot, seq, ts);
        m.put("battery", battery);
        m.put("txPower", txPower);
        return JsonWriter.write(m);
    }
}
