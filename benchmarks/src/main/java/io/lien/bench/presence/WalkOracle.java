package io.lien.bench.presence;

import io.lien.protocol.device.AppSightings;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A bound, not an estimator a gateway could run: the exact forward filter of the walks between fixtures
 * ({@link Walks.Model#SPOTS}), told everything a gateway cannot know — where every fixture stands, that shoppers walk
 * straight between them at exactly 1 m/s, how long they stop, the floor's true exponent and the radio's true noise.
 * Its state is "standing at fixture f for d seconds" or "k steps into the walk from f to g"; each second it weighs
 * every state by that second's readings and reports the likeliest zone. What it scores is about the best any causal
 * estimator can do on these sightings: the distance between it and Lien is what a better model could still win, the
 * distance between it and 100 % is what the radio does not tell. Given a few seconds of hindsight it names each second's
 * zone from the readings that followed too (a fixed-lag smoother): the bound for a gateway that dates a move back
 * when later readings show it ({@code agoMs}).
 */
final class WalkOracle {

    /** Stops last 10–60 s after the arrival's own second ({@link Walks}). */
    private static final int LONGEST_STOP = 60;
    /** After a stop: the chance the shopper heads for the door rather than another fixture (3–6 stops). */
    private static final double LEAVES = 1 / 4.5;

    private final int places;
    private final double[][] placeXy;
    /** Walking states of each pair of places, in order of steps; empty for a place to itself. */
    private final int[][][] walk;
    private final int states;
    private final double[] x;
    private final double[] y;
    private final int[] zone;
    private final List<String> zones;
    private final double[][] expected;
    private final Map<String, Integer> beaconIndex = new HashMap<>();
    private final double sigmaDb;
    private final Map<String, double[]> belief = new HashMap<>();
    /** Per phone, the last seconds' beliefs and the weight each state got from that second's readings, oldest first. */
    private final Map<String, ArrayDeque<double[][]>> past = new HashMap<>();
    /** How many seconds of later readings it may use to name a second's zone (0: each second as it comes). */
    private final int hindsight;

    WalkOracle(WalkStore store, Radio radio) {
        this(store, radio, 0);
    }

    /** @param hindsight seconds of later readings it may use to name a second's zone: a fixed-lag smoother */
    WalkOracle(WalkStore store, Radio radio, int hindsight) {
        this(store, radio, hindsight, Walks.SPEED_M_PER_S);
    }

    /**
     * @param speedMPerS the walking speed it believes in: the walks' own, or another to see how much of the bound is
     *                   knowing it exactly
     */
    WalkOracle(WalkStore store, Radio radio, int hindsight, double speedMPerS) {
        this.hindsight = hindsight;
        List<double[]> at = new ArrayList<>();
        at.add(new double[]{0.5, 0.5}); // the door
        store.spots().forEach(s -> at.add(new double[]{s.x(), s.y()}));
        this.places = at.size();
        this.placeXy = at.toArray(new double[0][]);
        List<double[]> positions = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            for (int d = 0; d < LONGEST_STOP; d++) {
                positions.add(placeXy[p]);
            }
        }
        this.walk = new int[places][places][];
        for (int a = 0; a < places; a++) {
            for (int b = 0; b < places; b++) {
                double length = Math.hypot(placeXy[b][0] - placeXy[a][0], placeXy[b][1] - placeXy[a][1]);
                int steps = a == b ? 0 : (int) Math.ceil(length / speedMPerS);
                walk[a][b] = new int[steps];
                for (int k = 1; k <= steps; k++) {
                    double t = (double) k / steps;
                    walk[a][b][k - 1] = positions.size();
                    positions.add(new double[]{placeXy[a][0] + t * (placeXy[b][0] - placeXy[a][0]), placeXy[a][1] + t * (placeXy[b][1] - placeXy[a][1])});
                }
            }
        }
        this.states = positions.size();
        this.x = new double[states];
        this.y = new double[states];
        this.zone = new int[states];
        this.zones = new ArrayList<>();
        store.beacons().forEach(b -> zones.add(b.zone()));
        this.expected = new double[store.beacons().size()][states];
        for (int b = 0; b < store.beacons().size(); b++) {
            beaconIndex.put(store.beacons().get(b).id(), b);
        }
        for (int i = 0; i < states; i++) {
            x[i] = positions.get(i)[0];
            y[i] = positions.get(i)[1];
            zone[i] = zones.indexOf(store.zoneAt(x[i], y[i]));
            for (int b = 0; b < store.beacons().size(); b++) {
                WalkStore.Beacon beacon = store.beacons().get(b);
                double d = Math.max(0.5, Math.hypot(beacon.x() - x[i], beacon.y() - y[i]));
                expected[b][i] = Radio.TX_POWER - 10 * radio.exponent() * Math.log10(d);
            }
        }
        this.sigmaDb = radio.sigmaDb();
    }

    int states() {
        return states;
    }

    /** The likeliest zone of a second, {@code secondsAgo} before the last one heard. */
    record Named(String zone, int secondsAgo) {
    }

    /** The likeliest zone of this phone now. */
    String take(String installId, List<AppSightings.Sighting> heard) {
        return name(installId, heard).zone();
    }

    /**
     * The likeliest zone of this phone {@code hindsight} seconds ago (fewer in its first seconds), given every
     * sighting up to this second's.
     */
    Named name(String installId, List<AppSightings.Sighting> heard) {
        double[] p = belief.get(installId);
        if (p == null) {
            p = new double[states];
            p[0] = 1; // just in at the door
        } else {
            p = predict(p);
        }
        belief.put(installId, p);
        double[] weight = weigh(p, heard);
        if (hindsight == 0) {
            return new Named(likeliest(p), 0);
        }
        ArrayDeque<double[][]> seconds = past.computeIfAbsent(installId, k -> new ArrayDeque<>());
        seconds.addLast(new double[][]{p.clone(), weight});
        if (seconds.size() > hindsight + 1) {
            seconds.removeFirst();
        }
        return new Named(likeliest(smoothed(seconds)), seconds.size() - 1);
    }

    /** The oldest second's belief given the later readings too: backward through the model, one second at a time. */
    private double[] smoothed(ArrayDeque<double[][]> seconds) {
        double[][][] s = seconds.toArray(new double[0][][]);
        double[] later = new double[states];
        Arrays.fill(later, 1);
        for (int k = s.length - 1; k >= 1; k--) {
            double[] v = new double[states];
            for (int i = 0; i < states; i++) {
                v[i] = later[i] * s[k][1][i];
            }
            later = backward(v);
            double max = Arrays.stream(later).max().orElse(1);
            for (int i = 0; i < states; i++) {
                later[i] /= max; // kept in range; only the proportions matter
            }
        }
        double[] g = new double[states];
        for (int i = 0; i < states; i++) {
            g[i] = s[0][0][i] * later[i];
        }
        return g;
    }

    private String likeliest(double[] p) {
        double[] mass = new double[zones.size()];
        for (int i = 0; i < states; i++) {
            mass[zone[i]] += p[i];
        }
        int best = 0;
        for (int z = 1; z < mass.length; z++) {
            best = mass[z] > mass[best] ? z : best;
        }
        return zones.get(best);
    }

    private double[] predict(double[] p) {
        double[] next = new double[states];
        double[] leaving = new double[places];
        for (int f = 0; f < places; f++) {
            int base = f * LONGEST_STOP;
            for (int d = 0; d < LONGEST_STOP; d++) {
                double m = p[base + d];
                double go = f == 0 ? 1 : hazard(d + 1);
                leaving[f] += m * go;
                if (d + 1 < LONGEST_STOP) {
                    next[base + d + 1] += m * (1 - go);
                }
            }
        }
        for (int a = 0; a < places; a++) {
            for (int b = 0; b < places; b++) {
                int[] steps = walk[a][b];
                double start = leaving[a] * startShare(a, b);
                if (steps.length == 0) {
                    next[b * LONGEST_STOP] += start; // the same fixture again: a new stop where the shopper stands
                    continue;
                }
                next[steps[0]] += start;
                for (int k = 0; k + 1 < steps.length; k++) {
                    next[steps[k + 1]] += p[steps[k]];
                }
                next[b * LONGEST_STOP] += p[steps[steps.length - 1]]; // arrived: the first second of the stop
            }
        }
        return next;
    }

    /** After the arrival's second, a stop of U(10..60) seconds: the chance to leave after {@code c} of them, having stayed that long. */
    private static double hazard(int c) {
        return c < 10 ? 0 : 1.0 / (LONGEST_STOP + 1 - c);
    }

    /** Of those who leave place {@code a}, the share heading for {@code b} (the door is place 0). */
    private double startShare(int a, int b) {
        double leaves = a == 0 ? 0 : LEAVES; // nobody walks in only to walk out
        return b == 0 ? leaves : (1 - leaves) / (places - 1);
    }

    /** What each state leads to, weighed by {@code w} of the states a second later: {@link #predict} read backwards. */
    private double[] backward(double[] w) {
        double[] out = new double[states];
        double[] startValue = new double[places];
        for (int a = 0; a < places; a++) {
            for (int b = 0; b < places; b++) {
                int[] steps = walk[a][b];
                startValue[a] += startShare(a, b) * (steps.length == 0 ? w[b * LONGEST_STOP] : w[steps[0]]);
                for (int k = 0; k < steps.length; k++) {
                    out[steps[k]] = k + 1 < steps.length ? w[steps[k + 1]] : w[b * LONGEST_STOP];
                }
            }
        }
        for (int f = 0; f < places; f++) {
            int base = f * LONGEST_STOP;
            for (int d = 0; d < LONGEST_STOP; d++) {
                double go = f == 0 ? 1 : hazard(d + 1);
                out[base + d] = go * startValue[f] + (d + 1 < LONGEST_STOP ? (1 - go) * w[base + d + 1] : 0);
            }
        }
        return out;
    }

    private double[] weigh(double[] p, List<AppSightings.Sighting> heard) {
        double[] ll = new double[states];
        for (AppSightings.Sighting s : heard) {
            Integer b = beaconIndex.get(s.beaconId());
            if (b == null) {
                continue;
            }
            double[] e = expected[b];
            for (int i = 0; i < states; i++) {
                double r = s.rssi() - e[i];
                ll[i] -= r * r;
            }
        }
        double max = Arrays.stream(ll).max().orElse(0);
        double total = 0;
        double[] like = new double[states];
        for (int i = 0; i < states; i++) {
            like[i] = Math.exp((ll[i] - max) / (2 * sigmaDb * sigmaDb));
            p[i] *= like[i];
            total += p[i];
        }
        if (total <= 0) {
            return like;
        }
        for (int i = 0; i < states; i++) {
            p[i] /= total;
        }
        return like;
    }
}
