package io.lien.server.orders.application;

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

/** Orders past their time are released (the piece goes back on the rack, the order says so); clients are reminded before. */
@Singleton
class ReservationExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(ReservationExpiry.class);

    /** A reminder goes this long before a reservation or a piece to collect runs out. */
    static final long REMINDER_LEAD = 3 * 3_600_000L;

    private final ShopperOrders orders;
    private final TaskScheduler scheduler;
    private final Duration every;

    ReservationExpiry(ShopperOrders orders, StockSettings settings, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.orders = orders;
        this.scheduler = scheduler;
        this.every = settings.expireEvery();
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(every, every, this::release);
    }

    void release() {
        try {
            long now = System.currentTimeMillis();
            orders.remindDue(now, REMINDER_LEAD);
            int released = orders.releaseOverdue(now);
            if (released > 0) {
                LOG.info("Released {} reservation(s) past their time", released);
            }
        } catch (RuntimeException e) {
            LOG.error("Releasing overdue reservations failed; the next run tries again", e);
        }
    }
}
