package io.lien.sim;

import io.lien.protocol.device.AppSightings;
import io.lien.protocol.device.BeaconStatus;
import io.lien.protocol.device.DeviceMessage;
import io.lien.protocol.device.FixtureTap;
import io.lien.protocol.device.HangerButton;
import io.lien.protocol.device.HangerMotion;
import io.lien.protocol.device.ReaderTags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays shoppers' scripts in a store, one simulated second per {@link #tick()}, and makes every
 * device say what it would say, to the letter of the device protocol. Seeded: the same seed
 * gives the same messages.
 */
public final class ScenarioRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioRunner.class);
    static final int HANGER_HEARTBEAT_S = 60;
    static final int BEACON_STATUS_S = 300;
    static final int MOVING_EVERY_S = 8;
    static final double READER_RANGE_M = 1.5;
    static final int MAX_REPORTED_BEACONS = 12;

    private final StoreLayout layout;
    private final Map<String, StoreLayout.Zone> zones;
    private final List<Shopper> shoppers;
    private final DeviceLink link;
    private final Random random;
    private Radio radio;
    private final long startEpochMs;
    private final Map<String, SimDevice> hangers = new LinkedHashMap<>();
    private final Map<String, SimDevice> beacons = new LinkedHashMap<>();
    private final Map<String, SimDevice> readers = new LinkedHashMap<>();
    private final Map<String, SimDevice> fixtures = new LinkedHashMap<>();
    private final Map<String, Set<String>> readerSees = new HashMap<>();
    private GroundTruth truth = GroundTruth.NONE;
    private Faults faults = Faults.NONE;
    private final Map<String, Long> clockDrift = new HashMap<>();
    private long lostOnLan;
    private long duplicated;
    private long reboots;
    private long flooded;
    private long bootChangesSent;
    private final Map<String, Long> lastBootSent = new HashMap<>();
    private long second;
    private long sent;

    public ScenarioRunner(StoreLayout layout, List<Shopper> shoppers, DeviceLink link, long seed, long startEpochMs) {
        this.layout = layout;
        this.zones = layout.zonesById();
        this.shoppers = List.copyOf(shoppers);
        this.link = link;
        this.random = new Random(seed);
        this.radio = new Radio(random, 3.0);
        this.startEpochMs = startEpochMs;
        for (String h : layout.hangerIds()) {
            SimDevice d = new SimDevice(h, random, 40 + random.nextInt(61));
            d.nextHeartbeatSecond = random.nextInt(HANGER_HEARTBEAT_S);
            hangers.put(h, d);
        }
        layout.zones().stream().filter(z -> z.beaconId() != null)
                .forEach(z -> beacons.put(z.beaconId(), new SimDevice(z.beaconId(), random, 60 + random.nextInt(41))));
        layout.readers().forEach(r -> readers.put(r.readerId(), new SimDevice(r.readerId(), random, 100)));
        layout.fixtures().forEach(f -> fixtures.put(f, new SimDevice(f, random, 100)));
    }

    /** Makes the LAN and the devices misbehave as {@code faults} says. */
    public ScenarioRunner withFaults(Faults faults) {
        this.faults = faults;
        for (String id : devices()) {
            clockDrift.put(id, faults.maxClockDriftMs() == 0 ? 0 : (long) ((random.nextDouble() * 2 - 1) * faults.maxClockDriftMs()));
        }
        return this;
    }

    public long lostOnLan() {
        return lostOnLan;
    }

    public long duplicated() {
        return duplicated;
    }

    public long reboots() {
        return reboots;
    }

    public long flooded() {
        return flooded;
    }

    /** Reboots that a device then showed in a message (a reboot followed by another, silently, shows once). */
    public long bootChangesSent() {
        return bootChangesSent;
    }

    private List<String> devices() {
        List<String> ids = new ArrayList<>(hangers.keySet());
        ids.addAll(beacons.keySet());
        ids.addAll(readers.keySet());
        ids.addAll(fixtures.keySet());
        return ids;
    }

    /** Records where every shopper really is, each second. */
    /** A floor where signal fades faster or slower than the default (exponent 2.2). */
    public ScenarioRunner withPathLoss(double exponent) {
        this.radio = new Radio(random, 3.0, exponent);
        return this;
    }

    public ScenarioRunner recordingTruth(GroundTruth truth) {
        this.truth = truth;
        return this;
    }

    public long second() {
        return second;
    }

    public long messagesSent() {
        return sent;
    }

    public boolean finished() {
        return shoppers.stream().allMatch(Shopper::done);
    }

    public long now() {
        return startEpochMs + second * 1000;
    }

    /** One simulated second. */
    public void tick() {
        injectReboots();
        flood();
        beaconStatus();
        hangerHeartbeats();
        for (Shopper s : shoppers) {
            if (!s.done && second >= s.startSecond) {
                act(s);
                hear(s);
            }
            if (s.installId != null) {
                truth.at(second, s.installId, s.inStore ? nearestBeaconZone(s) : null, s.x, s.y);
            }
        }
        readersLook();
        second++;
    }

    private void act(Shopper s) {
        if (!s.inStore) {
            s.inStore = true;
            LOG.info("{} walks in", s.name);
        }
        Step step = s.currentStep();
        if (step == null) {
            s.done = true;
            return;
        }
        if (step instanceof Step.WalkTo w) {
            StoreLayout.Zone z = zones.get(w.zoneId());
            if (s.walkTowards(z.x(), z.y())) {
                s.nextStep();
            }
            return;
        }
        if (step instanceof Step.Wait w) {
            if (++s.waitedSeconds >= w.seconds()) {
                s.nextStep();
            }
            return;
        }
        if (step instanceof Step.Lift l) {
            SimDevice h = hangers.get(l.hangerId());
            h.lifted = true;
            h.nextMovingSecond = second + MOVING_EVERY_S;
            s.carried.add(l.hangerId());
            send(new HangerMotion(h.id, h.boot, h.nextSeq(), now(), HangerMotion.State.LIFTED, h.battery));
            LOG.info("{} lifts {}", s.name, l.hangerId());
        } else if (step instanceof Step.PutBack p) {
            SimDevice h = hangers.get(p.hangerId());
            h.lifted = false;
            h.nextHeartbeatSecond = second + HANGER_HEARTBEAT_S;
            s.carried.remove(p.hangerId());
            send(new HangerMotion(h.id, h.boot, h.nextSeq(), now(), HangerMotion.State.STILL, h.battery));
        } else if (step instanceof Step.Press p) {
            SimDevice h = hangers.get(p.hangerId());
            send(new HangerButton(h.id, h.boot, h.nextSeq(), now(), p.button()));
        } else if (step instanceof Step.Tap t) {
            SimDevice f = fixtures.get(t.fixtureId());
            send(new FixtureTap(f.id, f.boot, f.nextSeq(), now(), t.action(), t.hangerId(), t.size()));
        } else if (step instanceof Step.Leave) {
            s.inStore = false;
            s.done = true;
            LOG.info("{} leaves", s.name);
        }
        s.nextStep();
    }

    private String nearestBeaconZone(Shopper s) {
        String best = null;
        double bestDistance = Double.MAX_VALUE;
        for (StoreLayout.Zone z : layout.zones()) {
            double d = Math.hypot(z.x() - s.x, z.y() - s.y);
            if (z.beaconId() != null && d < bestDistance) {
                bestDistance = d;
                best = z.id();
            }
        }
        return best;
    }

    private void hear(Shopper s) {
        if (s.installId == null || !s.inStore) {
            return;
        }
        List<AppSightings.Sighting> heard = new ArrayList<>();
        for (StoreLayout.Zone z : layout.zones()) {
            if (z.beaconId() == null) {
                continue;
            }
            Integer rssi = radio.rssi(Math.hypot(z.x() - s.x, z.y() - s.y));
            if (rssi != null) {
                heard.add(new AppSightings.Sighting(z.beaconId(), rssi));
            }
        }
        // like a real phone, report the strongest beacons only, which keeps a payload within 1 KiB
        heard.sort((a, b) -> Integer.compare(b.rssi(), a.rssi()));
        send(new AppSightings(s.installId, s.appSeq++, now(), heard.subList(0, Math.min(MAX_REPORTED_BEACONS, heard.size()))));
    }

    private void hangerHeartbeats() {
        for (SimDevice h : hangers.values()) {
            if (h.lifted && second >= h.nextMovingSecond) {
                h.nextMovingSecond = second + MOVING_EVERY_S;
                send(new HangerMotion(h.id, h.boot, h.nextSeq(), now(), HangerMotion.State.MOVING, h.battery));
            } else if (!h.lifted && second >= h.nextHeartbeatSecond) {
                h.nextHeartbeatSecond = second + HANGER_HEARTBEAT_S;
                send(new HangerMotion(h.id, h.boot, h.nextSeq(), now(), HangerMotion.State.STILL, h.battery));
            }
        }
    }

    private void beaconStatus() {
        if (second % BEACON_STATUS_S == 0) {
            beacons.values().forEach(b -> send(new BeaconStatus(b.id, b.boot, b.nextSeq(), now(), b.battery, Radio.TX_POWER)));
        }
    }

    private void readersLook() {
        for (StoreLayout.Reader r : layout.readers()) {
            StoreLayout.Zone z = zones.get(r.zoneId());
            Set<String> now = new TreeSet<>();
            for (Shopper s : shoppers) {
                if (s.inStore && Math.hypot(z.x() - s.x, z.y() - s.y) <= READER_RANGE_M) {
                    now.addAll(s.carried);
                }
            }
            Set<String> before = readerSees.getOrDefault(r.readerId(), Set.of());
            List<String> enter = now.stream().filter(h -> !before.contains(h)).toList();
            List<String> leave = before.stream().filter(h -> !now.contains(h)).toList();
            if (!enter.isEmpty() || !leave.isEmpty()) {
                SimDevice d = readers.get(r.readerId());
                send(new ReaderTags(d.id, d.boot, d.nextSeq(), now(), enter, leave));
            }
            readerSees.put(r.readerId(), now);
        }
    }

    private void injectReboots() {
        double perTick = faults.rebootsPerHour() / 3600.0;
        if (perTick <= 0) {
            return;
        }
        for (SimDevice h : hangers.values()) {
            if (random.nextDouble() < perTick) {
                h.reboot(random);
                reboots++;
            }
        }
    }

    /** A misbehaving hanger (the last one) shouting valid motion messages. */
    private void flood() {
        if (faults.floodPerSecond() <= 0 || hangers.isEmpty()) {
            return;
        }
        SimDevice rogue = hangers.get(layout.hangerIds().get(layout.hangerIds().size() - 1));
        for (int i = 0; i < faults.floodPerSecond(); i++) {
            send(new HangerMotion(rogue.id, rogue.boot, rogue.nextSeq(), now(), HangerMotion.State.MOVING, rogue.battery));
            flooded++;
        }
    }

    private void send(DeviceMessage m) {
        sent++;
        if (faults.lanLoss() > 0 && random.nextDouble() < faults.lanLoss()) {
            lostOnLan++;
            return;
        }
        if (!(m instanceof AppSightings)) {
            Long before = lastBootSent.put(m.deviceId(), m.boot());
            if (before != null && before != m.boot()) {
                bootChangesSent++;
            }
        }
        String payload = drifted(m).toJson();
        link.publish(m.deviceId(), m.topic(), payload, m.channel().qos());
        if (faults.duplicates() > 0 && random.nextDouble() < faults.duplicates()) {
            duplicated++;
            link.publish(m.deviceId(), m.topic(), payload, m.channel().qos());
        }
    }

    /** The same message as the device's own clock stamps it. */
    private DeviceMessage drifted(DeviceMessage m) {
        long drift = clockDrift.getOrDefault(m.deviceId(), 0L);
        if (drift == 0) {
            return m;
        }
        long ts = Math.max(0, m.ts() + drift);
        if (m instanceof HangerMotion h) {
            return new HangerMotion(h.deviceId(), h.boot(), h.seq(), ts, h.state(), h.battery());
        }
        if (m instanceof HangerButton b) {
            return new HangerButton(b.deviceId(), b.boot(), b.seq(), ts, b.button());
        }
        if (m instanceof ReaderTags t) {
            return new ReaderTags(t.deviceId(), t.boot(), t.seq(), ts, t.enter(), t.leave());
        }
        if (m instanceof BeaconStatus b) {
            return new BeaconStatus(b.deviceId(), b.boot(), b.seq(), ts, b.battery(), b.txPower());
        }
        if (m instanceof FixtureTap f) {
            return new FixtureTap(f.deviceId(), f.boot(), f.seq(), ts, f.action(), f.hangerId(), f.size());
        }
        return m;
    }
}
