package io.lien.sim;

import java.util.Random;

/** A device's own counters: a random boot id per power-up and a seq that counts every message. */
final class SimDevice {

    final String id;
    long boot;
    long seq;
    int battery;
    boolean lifted;
    long nextHeartbeatSecond;
    long nextMovingSecond;

    SimDevice(String id, Random random, int battery) {
        this.id = id;
        this.boot = random.nextInt() & 0xFFFF_FFFFL;
        this.battery = battery;
    }

    long nextSeq() {
        return seq++;
    }

    void reboot(Random random) {
        boot = random.nextInt() & 0xFFFF_FFFFL;
        seq = 0;
        lifted = false;
    }
}
