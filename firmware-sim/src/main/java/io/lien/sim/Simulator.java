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
    private final String storeId;
    private final long seed;
    private final double speed;
    private final boolean loop;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long messagesSent;
    private volatile int roundsCompleted;

    public Simulator(DeviceLink link, String storeId, long seed, double speed, boolean loop) {
        this.link = link;
        this.storeId = storeId;
        this.seed = seed;
        this.speed = speed;
        this.loop = loop;
        this.thread = new Thread(this::run, "firmware-sim");
        this.thread.setDaemon(true);
    }

    public Simulator start() {
        thread.start();
        return this;
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

    private void run() {
        long round = 0;
        long before = 0;
        try {
            do {
                ScenarioRunner runner = new ScenarioRunner(DemoScenario.layout(storeId), DemoScenario.shoppers(), link,
                        seed + round, System.currentTimeMillis());
                long started = System.nanoTime();
                while (running.get() && !runner.finished()) {
                    runner.tick();
                    messagesSent = before + runner.messagesSent();
                    long due = started + (long) (runner.second() * 1_000_000_000L / speed);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                }
                before += runner.messagesSent();
                roundsCompleted++;
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
