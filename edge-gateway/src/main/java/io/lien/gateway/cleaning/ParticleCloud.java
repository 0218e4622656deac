package io.lien.gateway.cleaning;

import io.lien.protocol.uplink.StoreRegistry.Point;

import java.util.List;
import java.util.Random;

/**
 * Where one shopper probably stands on the store plan, from the beacons their phone hears each
 * second: a particle filter. Each particle is a guess of the position; every second the guesses
 * move as a person may walk, are weighed by how well they explain the readings under the
 * log-distance model, and are redrawn in proportion to their weight. Noise in one reading moves
 * few particles; a real walk moves them all. The answer is the beacon whose surroundings hold the
 * most weight — the zone the shopper is most likely in.
 */
final class ParticleCloud {

    /** A beacon heard this second, where it hangs and what it should read at 1 m. */
    record Heard(String beaconId, Point at, int rssi, int txPower) {
    }

    /** How far a phone's reading level may sit from the beacons' nominal one, in dB (a prior, not a bound). */
    static final double OFFSET_DB = 2;

    private final double[] x;
    private final double[] y;
    private final double[] vx;
    private final double[] vy;
    private final double[] w;
    private final double[][] scratch;
    private final Random random;
    /**
     * What each guess's ancestors were labelled (a zone) in the last {@link #PAST} seconds, a ring per guess: redrawing
     * copies a guess's past with it, so the guesses alive now say where the shopper was then in the light of every
     * reading since — a fixed-lag smoother at the price of a few integers per guess.
     */
    private final int[] past;
    private final int[] pastScratch;
    private int head = -1;
    private int marked;

    /** Every how many guesses the exponent's likelihood curve is taken from ({@link #exponentCurve}). */
    static final int EXPONENT_STRIDE = 4;

    /** How many seconds of ancestry each guess keeps. */
    static final int PAST = 6;

    ParticleCloud(int particles, Point around, double radius, Random random) {
        this.x = new double[particles];
        this.y = new double[particles];
        this.vx = new double[particles];
        this.vy = new double[particles];
        this.w = new double[particles];
        this.scratch = new double[4][particles];
        this.random = random;
        this.past = new int[particles * PAST];
        this.pastScratch = new int[particles * PAST];
        for (int i = 0; i < particles; i++) {
            double r = radius * Math.sqrt(random.nextDouble());
            double a = 2 * Math.PI * random.nextDouble();
            x[i] = around.x() + r * Math.cos(a);
            y[i] = around.y() + r * Math.sin(a);
        }
    }

    /**
     * Moves every guess as a person may move in {@code seconds}: people walk in straight lines at
     * about {@code walkingSpeed}, or stand; now and then a guess starts, stops or turns.
     */
    void predict(double seconds, double walkingSpeed, double turnChance, double jitter) {
        double dt = Math.max(0.2, Math.min(seconds, 10));
        for (int i = 0; i < x.length; i++) {
            if (random.nextDouble() < turnChance * dt) {
                if (random.nextBoolean()) {
                    vx[i] = 0;
                    vy[i] = 0;
                } else {
                    double a = 2 * Math.PI * random.nextDouble();
                    vx[i] = walkingSpeed * Math.cos(a);
                    vy[i] = walkingSpeed * Math.sin(a);
                }
            }
            x[i] += vx[i] * dt + random.nextGaussian() * jitter * Math.sqrt(dt);
            y[i] += vy[i] * dt + random.nextGaussian() * jitter * Math.sqrt(dt);
        }
    }

    /**
     * Weighs each guess by the likelihood of this second's readings, then redraws the guesses.
     * Phones hear beacons louder or quieter by model and by pocket, so readings are compared with
     * each other, not with absolute levels: the likelihood is taken at the best common offset.
     */
    void update(List<Heard> heard, double pathLossExponent, double sigmaDb) {
        double max = Double.NEGATIVE_INFINITY;
        double twoSigma2 = 2 * sigmaDb * sigmaDb;
        int k = heard.size();
        double[] residual = new double[k];
        for (int i = 0; i < x.length; i++) {
            double mean = 0;
            for (int b = 0; b < k; b++) {
                Heard h = heard.get(b);
                double d2 = Math.max(0.25, sq(x[i] - h.at().x()) + sq(y[i] - h.at().y()));
                residual[b] = h.rssi() - (h.txPower() - 5 * pathLossExponent * Math.log10(d2));
                mean += residual[b];
            }
            // the common offset most likely given the readings and a prior of ±OFFSET_DB around zero
            double offset = mean / (k + sq(sigmaDb / OFFSET_DB));
            double logLikelihood = -sq(offset) / (2 * OFFSET_DB * OFFSET_DB);
            for (int b = 0; b < k; b++) {
                logLikelihood -= sq(residual[b] - offset) / twoSigma2;
            }
            w[i] = logLikelihood;
            max = Math.max(max, logLikelihood);
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(w[i] - max);
            sum += w[i];
        }
        resample(sum);
    }

    /**
     * How the log-likelihood of this second's readings varies with the path-loss exponent, on average over the guesses
     * as they stand after the readings were weighed: {@code {b, c}} of {@code b·n + c·n²} (constants aside). The
     * phone's own level is left free (phones differ by several dB, and a level taken for a slope would bend the
     * exponent: with the ±2 dB prior of {@link #update}, phones ±5 dB apart cost 4 points). For one guess it is a
     * quadratic (the residuals are linear in the exponent, and so is the best common offset); every
     * {@link #EXPONENT_STRIDE}th guess is enough, the cloud having just been redrawn.
     */
    double[] exponentCurve(List<Heard> heard, double sigmaDb) {
        int k = heard.size();
        double b = 0;
        double c = 0;
        int guesses = 0;
        for (int i = 0; i < x.length; i += EXPONENT_STRIDE, guesses++) {
            // residual = level + n·fade; with the phone's level free, Σ(residual − mean)² is a quadratic in n
            double sa = 0;
            double sf = 0;
            double saf = 0;
            double sff = 0;
            for (Heard h : heard) {
                double fade = 5 * Math.log10(Math.max(0.25, sq(x[i] - h.at().x()) + sq(y[i] - h.at().y())));
                double level = h.rssi() - h.txPower();
                sa += level;
                sf += fade;
                saf += level * fade;
                sff += fade * fade;
            }
            b -= (saf - sa * sf / k) / (sigmaDb * sigmaDb);
            c -= (sff - sf * sf / k) / (2 * sigmaDb * sigmaDb);
        }
        return new double[] {b / guesses, c / guesses};
    }

    /**
     * How far this second's readings sit from what the cloud's centre expects, beyond a common offset: the phone's
     * noise as its readings show it (dB²), for {@code k > 3} readings.
     */
    double spread(List<Heard> heard, double pathLossExponent) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < x.length; i++) {
            cx += x[i];
            cy += y[i];
        }
        cx /= x.length;
        cy /= y.length;
        double s1 = 0;
        double s2 = 0;
        for (Heard h : heard) {
            double d2 = Math.max(0.25, sq(cx - h.at().x()) + sq(cy - h.at().y()));
            double res = h.rssi() - (h.txPower() - 5 * pathLossExponent * Math.log10(d2));
            s1 += res;
            s2 += res * res;
        }
        int k = heard.size();
        // the centre was fitted to these very readings (a position, an offset): they look less spread than they are
        return (s2 - s1 * s1 / k) / (k - 3);
    }

    /** Systematic resampling: one random offset, evenly spaced picks; keeps the cloud's diversity. */
    private void resample(double sum) {
        int n = x.length;
        double step = sum / n;
        double target = random.nextDouble() * step;
        double cumulative = w[0];
        int j = 0;
        for (int i = 0; i < n; i++) {
            while (target > cumulative && j < n - 1) {
                cumulative += w[++j];
            }
            scratch[0][i] = x[j];
            scratch[1][i] = y[j];
            scratch[2][i] = vx[j];
            scratch[3][i] = vy[j];
            System.arraycopy(past, j * PAST, pastScratch, i * PAST, PAST);
            target += step;
        }
        System.arraycopy(pastScratch, 0, past, 0, past.length);
        System.arraycopy(scratch[0], 0, x, 0, n);
        System.arraycopy(scratch[1], 0, y, 0, n);
        System.arraycopy(scratch[2], 0, vx, 0, n);
        System.arraycopy(scratch[3], 0, vy, 0, n);
    }

    /**
     * @param secondsAgo 0 for the second last marked, up to {@link #PAST} − 1
     * @return how many of the guesses alive now had an ancestor with each label then (labels below {@code labels});
     *         null when the cloud is younger than that
     */
    int[] labelsAgo(int secondsAgo, int labels) {
        if (secondsAgo >= marked) {
            return null;
        }
        int slot = (head - secondsAgo + PAST) % PAST;
        int[] count = new int[labels];
        for (int i = 0; i < x.length; i++) {
            int label = past[i * PAST + slot];
            if (label >= 0 && label < labels) {
                count[label]++;
            }
        }
        return count;
    }

    private int nearest(List<Heard> candidates, int i) {
        int best = 0;
        double bestD2 = Double.MAX_VALUE;
        for (int c = 0; c < candidates.size(); c++) {
            Point p = candidates.get(c).at();
            double d2 = sq(x[i] - p.x()) + sq(y[i] - p.y());
            if (d2 < bestD2) {
                bestD2 = d2;
                best = c;
            }
        }
        return best;
    }

    /**
     * For each of {@code candidates}, how many guesses it is the nearest beacon to; each guess's present second is
     * labelled with its nearest candidate's label (kept {@link #PAST} seconds, see {@link #labelsAgo}).
     */
    int[] nearestVotes(List<Heard> candidates, int[] labelOfCandidate) {
        head = (head + 1) % PAST;
        marked = Math.min(PAST, marked + 1);
        int[] votes = new int[candidates.size()];
        for (int i = 0; i < x.length; i++) {
            int best = nearest(candidates, i);
            votes[best]++;
            past[i * PAST + head] = labelOfCandidate[best];
        }
        return votes;
    }

    int size() {
        return x.length;
    }

    private static double sq(double v) {
        return v * v;
    }
}
