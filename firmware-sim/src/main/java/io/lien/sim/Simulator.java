package io.lien.sim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Plays the demo scenario against a broker in real time (or faster), round after round, on a
 * background thread.
 */
public final class Simulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);

    private final DeviceLink link;
    private final Scenario scenario;
    private final long seed;
    private final double speed;
    private final boolean loop;
    private Faults faults = Faults.NONE;
    private GroundTruth truth = GroundTruth.NONE;
    private Progress progress;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long messagesSent;
    private volatile int roundsCompleted;
    private final DeviceScreens screens;

    /** The demo store's three shoppers. */
    public Simulator(DeviceLink link, String storeId, long seed, double speed, boolean loop) {
        this(link, Scenario.demo(storeId), seed, speed, loop);
    }

    public Simulator(DeviceLink link, Scenario scenario, long seed, double speed, boolean loop) {
        this.link = link;
        this.scenario = scenario;
        this.seed = seed;
        this.speed = speed;
        this.loop = loop;
        this.screens = new DeviceScreens(scenario.layout());
        link.showDisplays(screens::topicOf, screens::received);
        this.thread = new Thread(this::run, "firmware-sim");
        this.thread.setDaemon(true);
    }

    public Simulator withFaults(Faults faults) {
        this.faults = faults;
        return this;
    }

    public Simulator recordingTruth(GroundTruth truth) {
        this.truth = truth;
        return this;
    }

    /** Shows a progress bar on standard error for a run of about {@code expectedSeconds} simulated seconds. */
    public Simulator showingProgress(long expectedSeconds) {
        this.progress = new Progress("simulating", expectedSeconds);
        return this;
    }

    public Simulator start() {
        thread.start();
        return this;
    }

    /** What the store's hangers and fixtures show now. */
    public DeviceScreens screens() {
        return screens;
    }

    public long messagesSent() {
        return messagesSent;
    }

    public int roundsCompleted() {
        return roundsCompleted;
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Blocks until the simulation ends (a single round, or a stop). */
    public void awaitEnd() throws InterruptedException {
        thread.join();
    }

    private void run() {
        long round = 0;
        long before = 0;
        try {
            link.prepare(scenario.layout().deviceIds());
            do {
                ScenarioRunner runner = new ScenarioRunner(scenario.layout(), scenario.shoppers(round), link,
                        seed + round, System.currentTimeMillis()).withFaults(faults).recordingTruth(truth);
                long started = System.nanoTime();
                while (running.get() && !runner.finished()) {
                    runner.tick();
                    messagesSent = before + runner.messagesSent();
                    if (progress != null) {
                        progress.update(runner.second());
                    }
                    long due = started + (long) (runner.second() * 1_000_000_000L / speed);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                before += runner.messagesSent();
                roundsCompleted++;
                if (progress != null) {
                    progress.done();
                }
                round++;
                LOG.info("Demo round {} done: {} device messages so far", round, before);
            } while (loop && running.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running.get()) {
                LOG.error("Simulator stopped", e);
            }
        }
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}
