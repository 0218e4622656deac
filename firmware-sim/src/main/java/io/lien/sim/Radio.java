package io.lien.sim;

import java.util.Random;

/**
 * BLE signal strength as a phone hears a beacon: log-distance path loss plus Gaussian noise.
 * With sigma = 3 dB, 95 % of readings fall within ±6 dB, the noise the protocol page calls normal.
 */
public final class Radio {

    public static final int TX_POWER = -59;
    static final double PATH_LOSS_EXPONENT = 2.2;
    static final int HEARING_THRESHOLD = -95;

    private final Random random;
    private final double sigmaDb;
    private final double pathLossExponent;

    public Radio(Random random, double sigmaDb) {
        this(random, sigmaDb, PATH_LOSS_EXPONENT);
    }

    /** @param pathLossExponent 2 in free space; more where shelves and people absorb the signal */
    public Radio(Random random, double sigmaDb, double pathLossExponent) {
        this.random = random;
        this.sigmaDb = sigmaDb;
        this.pathLossExponent = pathLossExponent;
    }

    /** @return the RSSI heard at this distance, or {@code null} when the beacon is not heard */
    public Integer rssi(double distanceMetres) {
        double d = Math.max(0.5, distanceMetres);
        double rssi = TX_POWER - 10 * pathLossExponent * Math.log10(d) + random.nextGaussian() * sigmaDb;
        int rounded = (int) Math.round(Math.max(-120, Math.min(0, rssi)));
        return rounded < HEARING_THRESHOLD ? null : rounded;
    }
}
