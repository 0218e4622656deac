package io.lien.launcher;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A clean stop on Ctrl+C or SIGTERM: stops what runs in reverse order of start, says so, and lets the
 * process end — never a stack trace. A command that ends by itself calls {@link #stopNow()}.
 */
final class StopSignal {

    private final AutoCloseable[] running;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Thread hook;

    StopSignal(AutoCloseable... running) {
        this.running = running.clone();
        this.hook = new Thread(this::stop, "lien-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Waits for the stop signal and the stop it starts. */
    void await() throws InterruptedException {
        stopped.await();
    }

    /** Stops everything now, without waiting for a signal. */
    void stopNow() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyStopping) {
            return; // the hook runs the stop
        }
        stop();
    }

    private void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        for (int i = running.length - 1; i >= 0; i--) {
            try {
                running[i].close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
        System.out.println("Lien stopped.");
        stopped.countDown();
    }
}
