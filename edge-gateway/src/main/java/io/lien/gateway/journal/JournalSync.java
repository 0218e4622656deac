package io.lien.gateway.journal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Group commit for the journal: device messages are journalled without waiting for the disk, and
 * their acknowledgements wait here; one thread forces the journal once for everything written
 * since the last time and then acknowledges them all. Under load one fsync serves many devices,
 * where forcing after each message made the fsync the gateway's limit (docs/benchmarks.md); a
 * quiet store pays the same single fsync per message as before.
 */
public final class JournalSync implements Runnable, AutoCloseable {

    /** What a device message waits for: its events on disk, or a reason they could not be. */
    public interface Acknowledgement {
        void journalled();

        void failed(String reason);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JournalSync.class);

    private final Journal journal;
    private final Runnable onForced;
    private final Object lock = new Object();
    private List<Acknowledgement> waiting = new ArrayList<>();
    private boolean forceAsked;
    private volatile boolean running = true;
    private final Thread thread;

    /** @param onForced told after each force, e.g. to wake the uplink forwarder */
    public JournalSync(Journal journal, Runnable onForced) {
        this.journal = journal;
        this.onForced = onForced;
        this.thread = new Thread(this, "journal-sync");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Acknowledges once everything written so far is forced. Call after writing. */
    public void afterForce(Acknowledgement acknowledgement) {
        synchronized (lock) {
            waiting.add(acknowledgement);
            lock.notifyAll();
        }
    }

    /** Entries were written that no device waits for (the gateway's own events): force them soon. */
    public void forceSoon() {
        synchronized (lock) {
            forceAsked = true;
            lock.notifyAll();
        }
    }

    @Override
    public void run() {
        while (running) {
            List<Acknowledgement> group;
            synchronized (lock) {
                while (running && waiting.isEmpty() && !forceAsked) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                group = waiting;
                waiting = new ArrayList<>();
                forceAsked = false;
            }
            forceAndAnswer(group);
        }
    }

    private void forceAndAnswer(List<Acknowledgement> group) {
        try {
            journal.force();
        } catch (RuntimeException e) {
            LOG.error("Cannot force the journal; {} device message(s) refused, the devices will send them again", group.size(), e);
            group.forEach(a -> a.failed("not journalled: " + e.getMessage()));
            return;
        }
        group.forEach(Acknowledgement::journalled);
        onForced.run();
    }

    @Override
    public void close() {
        running = false;
        synchronized (lock) {
            lock.notifyAll();
        }
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // whatever was written last is forced, and its devices answered, before the journal closes
        List<Acknowledgement> rest;
        synchronized (lock) {
            rest = waiting;
            waiting = new ArrayList<>();
        }
        forceAndAnswer(rest);
    }
}
