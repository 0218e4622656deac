package io.lien.server.insights.application;

import io.lien.server.insights.infrastructure.RollupSql;
import io.lien.server.insights.infrastructure.RollupSql.StoreHour;
import io.lien.server.settings.InsightSettings;
import io.lien.server.settings.VisitSettings;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Keeps the hourly rollups up to date: every {@code lien.insights.refresh} it recomputes the hours
 * marked due by stored visit facts, and the hours whose handlings an order stored since may have
 * turned into a purchase. A database whose rollups were never built (an upgrade) is rebuilt once at
 * start-up. Each step commits its recomputed hours with the removal of their marks, so a crash
 * leaves them due, never lost.
 */
@Singleton
public class Rollups {

    static final String ORDERS = "orders";
    static final String BUILT = "built";
    private static final Logger LOG = LoggerFactory.getLogger(Rollups.class);
    private static final int BATCH = 500;

    private final DataSource db;
    private final long boughtWithinMs;
    private final Duration refresh;
    private final TaskScheduler scheduler;

    Rollups(DataSource db, VisitSettings visits, InsightSettings settings, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.db = DelegatingDataSource.unwrapDataSource(db);
        this.boughtWithinMs = Duration.ofDays(visits.boughtWithinDays()).toMillis();
        this.refresh = settings.refresh();
        this.scheduler = scheduler;
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(Duration.ZERO, refresh, this::refreshQuietly);
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // the marks stay: the next round tries again
            LOG.warn("Insight rollups could not be refreshed: {}", e.toString());
        }
    }

    /** Recomputes every hour marked due and every hour an order stored since the last round touches; returns how many. */
    public synchronized int refresh() {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (RollupSql.mark(c, BUILT) == 0) {
                    return rebuild(c, null, n -> { });
                }
                int done = 0;
                List<RollupSql.Due> due;
                do {
                    due = RollupSql.oldestDue(c, BATCH);
                    TreeSet<StoreHour> hours = new TreeSet<>();
                    due.forEach(d -> hours.add(d.hour()));
                    for (StoreHour h : hours) {
                        RollupSql.recompute(c, h, boughtWithinMs);
                    }
                    RollupSql.deleteDue(c, due);
                    c.commit();
                    done += hours.size();
                } while (due.size() == BATCH);
                RollupSql.OrdersRead orders;
                do {
                    orders = RollupSql.hoursOfOrdersAfter(c, RollupSql.mark(c, ORDERS), BATCH, boughtWithinMs);
                    for (StoreHour h : orders.hours()) {
                        RollupSql.recompute(c, h, boughtWithinMs);
                    }
                    long before = RollupSql.mark(c, ORDERS);
                    RollupSql.setMark(c, ORDERS, orders.lastId());
                    c.commit();
                    done += orders.hours().size();
                    if (orders.lastId() == before) {
                        break;
                    }
                } while (true);
                return done;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insight rollups: " + e.getMessage(), e);
        }
    }

    /** Rebuilds a store's rollups (every store's when null) from the raw rows; {@code progress} hears each hour done. */
    public synchronized int rebuild(String storeId, IntConsumer progress) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                return rebuild(c, storeId, progress);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insight rollups: " + e.getMessage(), e);
        }
    }

    private int rebuild(Connection c, String storeId, IntConsumer progress) throws SQLException {
        int done = rebuild(c, storeId, boughtWithinMs, progress);
        if (storeId == null) {
            RollupSql.setMark(c, BUILT, System.currentTimeMillis());
        }
        c.commit();
        LOG.info("Insight rollups rebuilt: {} hours", done);
        return done;
    }

    /** The rebuild itself, shared with the command line: orders up to now are then taken into account. */
    public static int rebuild(Connection c, String storeId, long boughtWithinMs, IntConsumer progress) throws SQLException {
        long ordersUpTo = RollupSql.lastOrderId(c);
        RollupSql.clear(c, storeId);
        List<StoreHour> hours = RollupSql.hoursWithData(c, storeId);
        int done = 0;
        for (StoreHour h : hours) {
            RollupSql.recompute(c, h, boughtWithinMs);
            progress.accept(++done);
        }
        if (storeId == null) {
            RollupSql.setMark(c, ORDERS, ordersUpTo);
        }
        return done;
    }
}
