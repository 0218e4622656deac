package io.lien.sim;

/**
 * What can go wrong between devices and the gateway, injected on purpose.
 *
 * @param lanLoss          share of messages lost on the LAN (0..1); the device's seq still counts them
 * @param duplicates       share of messages the LAN delivers twice (0..1)
 * @param rebootsPerHour   expected reboots per device per hour (new boot id, seq from 0)
 * @param maxClockDriftMs  each device's clock is off by a fixed amount in ±this
 * @param floodPerSecond   messages per second from one misbehaving hanger (0: none)
 */
public record Faults(double lanLoss, double duplicates, double rebootsPerHour, long maxClockDriftMs, int floodPerSecond) {

    public static final Faults NONE = new Faults(0, 0, 0, 0, 0);

    /** The protocol page's worst normal case: a lossy LAN, repeats, reboots, ±2 s clocks, one flooding hanger. */
    public static Faults harsh() {
        return new Faults(0.02, 0.02, 2, 2_000, 200);
    }
}
