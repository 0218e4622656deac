package io.lien.bench.presence;

import io.lien.protocol.device.AppSightings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What a phone hears each second: every beacon's RSSI under the log-distance model (−59 dBm at 1 m) with Gaussian
 * noise, each beacon above −95 dBm reported — or only the loudest few, as some phones do — and a beacon that may go
 * dead part-way through.
 *
 * @param exponent   the floor's real path-loss exponent (the gateway assumes its configured one)
 * @param sigmaDb    the noise of one reading
 * @param loudest    how many beacons a phone reports (0: all it hears)
 * @param deadBeacon a beacon that stops at {@code deadFrom} (null: none)
 * @param phonesDb   how much phones differ in what they read (each phone keeps one gain, drawn with this spread)
 */
record Radio(double exponent, double sigmaDb, int loudest, String deadBeacon, long deadFrom, double phonesDb) {

    static final int TX_POWER = -59;
    static final int HEARD_ABOVE = -95;

    static Radio of(double exponent, double sigmaDb) {
        return new Radio(exponent, sigmaDb, 0, null, Long.MAX_VALUE, 0);
    }

    Radio loudestOnly(int n) {
        return new Radio(exponent, sigmaDb, n, deadBeacon, deadFrom, phonesDb);
    }

    Radio dying(String beacon, long from) {
        return new Radio(exponent, sigmaDb, loudest, beacon, from, phonesDb);
    }

    Radio phonesDiffering(double spreadDb) {
        return new Radio(exponent, sigmaDb, loudest, deadBeacon, deadFrom, spreadDb);
    }

    /** @param gainDb this phone's own gain: what it reads above (or below) what the model says */
    List<AppSightings.Sighting> hear(WalkStore store, double x, double y, long second, Random random, double gainDb) {
        List<AppSightings.Sighting> heard = new ArrayList<>();
        for (WalkStore.Beacon b : store.beacons()) {
            if (b.id().equals(deadBeacon) && second >= deadFrom) {
                continue;
            }
            double d = Math.max(0.5, Math.hypot(b.x() - x, b.y() - y));
            double rssi = TX_POWER + gainDb - 10 * exponent * Math.log10(d) + random.nextGaussian() * sigmaDb;
            if (rssi > HEARD_ABOVE) {
                heard.add(new AppSightings.Sighting(b.id(), (int) Math.round(rssi)));
            }
        }
        heard.sort(Comparator.comparingInt(AppSightings.Sighting::rssi).reversed());
        return loudest > 0 && heard.size() > loudest ? List.copyOf(heard.subList(0, loudest)) : heard;
    }
}
