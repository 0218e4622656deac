package io.lien.server.mqtt;

import com.hivemq.extension.sdk.api.async.Async;
import com.hivemq.extension.sdk.api.interceptor.publish.parameter.PublishInboundOutput;
import com.hivemq.extension.sdk.api.packets.publish.AckReasonCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Groups the store events arriving in the embedded broker into batches, one transaction each: a
 * batch is what queued while the previous one was being stored (at most {@value #MAX_BATCH}), so
 * a quiet store pays no wait and a busy one commits less often. Each event's PUBACK is released
 * only after its batch committed; if a batch fails, its events are stored one by one so a single
 * bad one holds back nothing else, and those that still fail answer "unspecified error".
 */
final class EventBatcher implements AutoCloseable {

    /** Stores events; returns once they are committed, throws if they could not be. */
    interface Intake {
        void takeAll(List<String> topics, List<byte[]> payloads) throws Exception;
    }

    record Pending(String topic, byte[] payload, PublishInboundOutput output, Async<PublishInboundOutput> async) {
    }

    static final int MAX_BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(EventBatcher.class);

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Intake intake;
    private final Thread thread;
    private volatile boolean running = true;

    EventBatcher(Intake intake) {
        this.intake = intake;
        this.thread = new Thread(this::run, "lien-event-batcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    void add(Pending pending) {
        queue.add(pending);
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Event batch step failed", e);
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<Pending> batch) {
        try {
            intake.takeAll(batch.stream().map(Pending::topic).toList(), batch.stream().map(Pending::payload).toList());
            batch.forEach(p -> release(p, null));
        } catch (Exception batchFailure) {
            if (databaseUnreachable(batchFailure)) {
                // one by one would wait for a connection once per event: answer all at once, the
                // gateways keep the events and send them again
                LOG.warn("Database unreachable ({}); {} event(s) not stored, their gateways send them again",
                        batchFailure.toString(), batch.size());
                batch.forEach(p -> release(p, batchFailure));
                return;
            }
            for (Pending p : batch) {
                try {
                    intake.takeAll(List.of(p.topic()), List.of(p.payload()));
                    release(p, null);
                } catch (Exception e) {
                    LOG.warn("Could not store an event on {} ({}); the gateway keeps it and sends it again", p.topic(), e.toString());
                    release(p, e);
                }
            }
        }
    }

    /** A failure of the connection rather than of an event: SQL state class 08, or a refused socket. */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.net.ConnectException
                    || t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void release(Pending p, Exception failure) {
        if (failure == null) {
            p.output().preventPublishDelivery();
        } else {
            p.output().preventPublishDelivery(AckReasonCode.UNSPECIFIED_ERROR, "not stored: " + failure.getMessage());
        }
        p.async().resume();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
