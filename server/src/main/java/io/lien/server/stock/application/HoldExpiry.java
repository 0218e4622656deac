package io.lien.server.stock.application;

import io.lien.server.settings.StockSettings;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** Gives back the units of holds past their deadline: an abandoned cart, a reservation not collected. */
@Singleton
class HoldExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(HoldExpiry.class);

    private final StockLedger ledger;
    private final TaskScheduler scheduler;
    private final Duration every;

    HoldExpiry(StockLedger ledger, StockSettings settings, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.ledger = ledger;
        this.scheduler = scheduler;
        this.every = settings.expireEvery();
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(every, every, this::expire);
    }

    void expire() {
        try {
            int released = ledger.expire(System.currentTimeMillis());
            if (released > 0) {
                LOG.info("Released {} hold(s) past their deadline", released);
            }
        } catch (RuntimeException e) {
            LOG.error("Releasing expired holds failed; the next run tries again", e);
        }
    }
}
