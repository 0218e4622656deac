package io.lien.gateway.cleaning;

import java.util.Arrays;
import java.util.List;

/**
 * Where one shopper probably is, as a probability per cell of the {@link FloorGrid}, kept by a forward filter (a
 * hidden-Markov model over the plan, decision 0009's amendment). A shopper either stands — the common case, at a
 * rack or a mirror — or walks; each second a standing one may start walking and a walking one may stop, and a
 * walking one moves about a metre in any direction, so nobody jumps across the store. Each second's readings weigh
 * every cell under the log-distance model, with the phone's own reading level (phones differ by a few dB) left as
 * an unknown offset the readings estimate. Evidence adds up while the shopper stands, which is what lets a noisy
 * reading (σ 6 dB) be outvoted by the ones before it; a walk still shows within a second or two.
 */
final class ZoneBelief {

    /** Per second: the chance that someone standing starts to walk, and that someone walking stops. */
    static final double START = 0.05;
    static final double STOP = 0.15;
    /** How far a walker gets in a second, in metres. */
    static final double STEP_M = 1.0;
    /** How far a phone's reading level may sit from the beacons' nominal one (a prior, in dB). */
    static final double OFFSET_DB = 3;
    /** Never quite certain: a little probability everywhere lets the belief recover from a run of bad readings. */
    private static final double FLOOR = 1e-5;

    /** A belief this sure its shopper stands adds to the floor's map of where people stand. */
    static final double SURELY_STANDING = 0.9;

    /** Per second, the chance that a walker turns to a neighbouring heading. */
    static final double TURN = 0.2;
    /** The eight headings a walker may have, as cell steps: straight ones a cell pair long, diagonal ones a pair each way. */
    private static final int[][] HEADINGS = {{1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}, {0, -1}, {1, -1}};

    /** A beacon heard this second: its index in the grid, what it reads at 1 m, and what the phone read. */
    record Reading(int beacon, int txPower, int rssi) {
    }

    private final FloorGrid grid;
    private final double[] still;
    /** One layer per heading: the probability of walking that way from each cell. */
    private final double[][] walking;
    private final double[][] next;
    private final double[] scratch;
    private final double[] logLikelihood;
    private final int stride;
    /** The window of the grid this belief covers (all of it on a small floor), and where it sits. */
    private final int cols;
    private final int rows;
    private int ox;
    private int oy;
    /** The grid's index of each cell of the window. */
    private final int[] global;
    private boolean placed;
    /** This phone's reading noise as its readings show it (variance, dB²); NaN until the first readings. */
    private double noise = Double.NaN;

    /** A window this wide (metres) follows the shopper on a large floor: the cost per sighting is the same on any floor. */
    static final double WINDOW_M = 20;

    ZoneBelief(FloorGrid grid) {
        this.grid = grid;
        int window = (int) Math.ceil(WINDOW_M / grid.cell);
        this.cols = Math.min(grid.columns, window);
        this.rows = Math.min(grid.rows, window);
        this.global = new int[cols * rows];
        moveTo(0, 0);
        int n = cols * rows;
        this.still = new double[n];
        this.walking = new double[HEADINGS.length][n];
        this.next = new double[HEADINGS.length][n];
        this.scratch = new double[n];
        this.logLikelihood = new double[n];
        this.stride = Math.max(1, (int) Math.round(STEP_M / grid.cell));
        // someone just heard is usually coming in: walking, anywhere, any way
        Arrays.fill(still, 0.3 / n);
        for (double[] layer : walking) {
            Arrays.fill(layer, 0.7 / n / HEADINGS.length);
        }
    }

    /** A belief sure its shopper stands tells the floor where people stand ({@link StandingMap}). */
    private void learnWhereTheyStand() {
        // called right after update() has scaled the whole belief to 1: the standing mass is the share standing
        double standing = 0;
        for (double p : still) {
            standing += p;
        }
        if (standing >= SURELY_STANDING) {
            grid.standing.add(still, global, standing);
        }
    }

    /** What {@code seconds} may have changed: some stop, some start, walkers turn now and then and move on. */
    void predict(double seconds) {
        int steps = (int) Math.max(1, Math.min(10, Math.round(seconds)));
        int h = HEADINGS.length;
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < still.length; i++) {
                double walkers = 0;
                for (int d = 0; d < h; d++) {
                    walkers += walking[d][i];
                }
                double st = still[i];
                double stop = STOP * grid.standing.stopWeight(global[i]);
                still[i] = (1 - START) * st + stop * walkers;
                for (int d = 0; d < h; d++) {
                    double keep = (1 - TURN) * walking[d][i] + TURN / 2 * (walking[(d + 1) % h][i] + walking[(d + h - 1) % h][i]);
                    next[d][i] = START / h * st + (1 - stop) * keep;
                }
            }
            for (int d = 0; d < h; d++) {
                shift(next[d], walking[d], HEADINGS[d][0] * stride, HEADINGS[d][1] * stride);
                blur(walking[d]);
            }
        }
    }

    /** Weighs every cell by how well it explains this second's readings. */
    void update(List<Reading> heard, double exponent, double sigmaDb) {
        int k = heard.size();
        if (k == 0) {
            return;
        }
        if (!placed) {
            // the first readings: the window goes around the loudest beacon
            Reading loudest = heard.stream().max(java.util.Comparator.comparingInt(Reading::rssi)).orElseThrow();
            moveTo(grid.beaconColumn[loudest.beacon()] - cols / 2, grid.beaconRow[loudest.beacon()] - rows / 2);
            placed = true;
        }
        if (Double.isNaN(noise)) {
            noise = sigmaDb * sigmaDb;
        }
        // between 3 and 8 dB whatever the readings say: a phone is neither perfect nor hopeless
        double sigma2 = Math.max(9, Math.min(64, noise));
        double shrink = k + sigma2 / (OFFSET_DB * OFFSET_DB);
        double max = Double.NEGATIVE_INFINITY;
        int best = 0;
        for (int i = 0; i < still.length; i++) {
            double s1 = 0;
            double s2 = 0;
            for (Reading r : heard) {
                double res = r.rssi() - (r.txPower() - 10 * exponent * grid.logDistance[r.beacon()][global[i]]);
                s1 += res;
                s2 += res * res;
            }
            double offset = s1 / shrink;
            double ll = -(s2 - 2 * offset * s1 + k * offset * offset) / (2 * sigma2) - offset * offset / (2 * OFFSET_DB * OFFSET_DB);
            logLikelihood[i] = ll;
            if (ll > max) {
                max = ll;
                best = i;
            }
        }
        if (k > 3) {
            learnNoise(heard, exponent, global[best], shrink);
        }
        double total = 0;
        for (int i = 0; i < still.length; i++) {
            double l = Math.exp(logLikelihood[i] - max);
            logLikelihood[i] = l;
            still[i] *= l;
            total += still[i];
        }
        for (double[] layer : walking) {
            for (int i = 0; i < layer.length; i++) {
                layer[i] *= logLikelihood[i];
                total += layer[i];
            }
        }
        double floor = FLOOR / still.length / (1 + HEADINGS.length);
        double keep = (1 - FLOOR) / total;
        for (int i = 0; i < still.length; i++) {
            still[i] = still[i] * keep + floor;
        }
        for (double[] layer : walking) {
            for (int i = 0; i < layer.length; i++) {
                layer[i] = layer[i] * keep + floor;
            }
        }
        learnWhereTheyStand();
        follow();
    }

    /** On a floor larger than the window: when the likeliest cell nears the window's edge, the window moves with it. */
    private void follow() {
        if (cols == grid.columns && rows == grid.rows) {
            return;
        }
        int best = 0;
        double most = -1;
        for (int i = 0; i < still.length; i++) {
            double p = still[i];
            for (double[] layer : walking) {
                p += layer[i];
            }
            if (p > most) {
                most = p;
                best = i;
            }
        }
        int dx = best % cols - cols / 2;
        int dy = best / cols - rows / 2;
        if (Math.abs(dx) < cols / 4 && Math.abs(dy) < rows / 4) {
            return;
        }
        int oldX = ox;
        int oldY = oy;
        moveTo(ox + dx, oy + dy);
        int mx = ox - oldX;
        int my = oy - oldY;
        double floor = FLOOR / still.length / (1 + HEADINGS.length);
        slide(still, mx, my, floor);
        for (double[] layer : walking) {
            slide(layer, mx, my, floor);
        }
    }

    /** Puts the window's corner at (x, y) on the grid, kept inside it. */
    private void moveTo(int x, int y) {
        ox = Math.max(0, Math.min(grid.columns - cols, x));
        oy = Math.max(0, Math.min(grid.rows - rows, y));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                global[r * cols + c] = (oy + r) * grid.columns + ox + c;
            }
        }
    }

    /** The window moved by (mx, my) cells: what stays in it keeps its probability, what comes in starts at the floor. */
    private void slide(double[] p, int mx, int my, double floor) {
        System.arraycopy(p, 0, scratch, 0, p.length);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int fr = r + my;
                int fc = c + mx;
                p[r * cols + c] = fr >= 0 && fr < rows && fc >= 0 && fc < cols ? scratch[fr * cols + fc] : floor;
            }
        }
    }

    /** The spread of this second's readings around what the best-fitting cell expects: the phone's noise, slowly learnt. */
    private void learnNoise(List<Reading> heard, double exponent, int cell, double shrink) {
        double s1 = 0;
        double s2 = 0;
        for (Reading r : heard) {
            double res = r.rssi() - (r.txPower() - 10 * exponent * grid.logDistance[r.beacon()][cell]);
            s1 += res;
            s2 += res * res;
        }
        int k = heard.size();
        double mean = s1 / k;
        // the best cell was chosen to fit these very readings (a position, an offset): they look less noisy than they are
        double variance = (s2 - k * mean * mean) / (k - 3);
        noise += 0.05 * (variance - noise);
    }

    /** This phone's reading noise as its readings show it, in dB, as the filter uses it (3–8 dB). */
    double noiseDb() {
        return Double.isNaN(noise) ? Double.NaN : Math.sqrt(Math.max(9, Math.min(64, noise)));
    }

    /** The probability of each zone (indexed as {@link FloorGrid#zones}). */
    double[] zoneMass() {
        double[] mass = new double[grid.zones.size()];
        for (int i = 0; i < still.length; i++) {
            double p = still[i];
            for (double[] layer : walking) {
                p += layer[i];
            }
            mass[grid.zoneOfCell[global[i]]] += p;
        }
        return mass;
    }

    /** Moves a layer by whole cells; what would leave the plan piles up at its edge (people stop at walls). */
    private void shift(double[] from, double[] to, int dx, int dy) {
        Arrays.fill(to, 0);
        for (int r = 0; r < rows; r++) {
            int rr = Math.min(rows - 1, Math.max(0, r + dy));
            for (int c = 0; c < cols; c++) {
                int cc = Math.min(cols - 1, Math.max(0, c + dx));
                to[rr * cols + cc] += from[r * cols + c];
            }
        }
    }

    /** A 3 × 3 blur: nobody walks a perfectly straight line at a perfectly even pace. */
    private void blur(double[] p) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                scratch[i] = (p[r * cols + Math.max(0, c - 1)] + p[i] + p[r * cols + Math.min(cols - 1, c + 1)]) / 3;
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                p[r * cols + c] = (scratch[Math.max(0, r - 1) * cols + c] + scratch[r * cols + c] + scratch[Math.min(rows - 1, r + 1) * cols + c]) / 3;
            }
        }
    }
}
