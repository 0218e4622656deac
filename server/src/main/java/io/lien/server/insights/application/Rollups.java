package io.lien.server.insights.application;

import io.lien.server.insights.infrastructure.RollupSources;
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
 * marked due by stored visit facts, and the hours touched by what other features stored since the
 * last round (calls and claims, orders and notes, credits, selections, follow-ups). A database whose rollups were never built (an upgrade) is rebuilt once at
 * start-up. Each step commits its recomputed hours with the removal of their marks, so a crash
 * leaves them due, never lost.
 */
@Singleton
public class Rollups {

    static final String BUILT = "built";
    static final String MOMENTS = "moments";
    static final String CLIENT_EVENTS = "client-events";
    static final String CREDITS = "credits";
    static final String RECENT = "recent";
    /** A selection or follow-up written while the last round ran is looked at again. */
    private static final long MARGIN_MS = 10_000;
    private static final long HOUR_MS = RollupSql.HOUR_MS;
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

    /** Recomputes every hour marked due and every hour what was stored since the last round touches; returns how many. */
    public synchronized int refresh() {
        long startedAt = System.currentTimeMillis();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (RollupSources.mark(c, BUILT) == 0) {
                    return rebuild(c, null, n -> { });
                }
                int done = 0;
                List<RollupSources.Due> due;
                do {
                    due = RollupSources.oldestDue(c, BATCH);
                    TreeSet<StoreHour> hours = new TreeSet<>();
                    due.forEach(d -> hours.add(d.hour()));
                    done += recompute(c, hours);
                    RollupSources.deleteDue(c, due);
                    c.commit();
                } while (due.size() == BATCH);
                done += scan(c, MOMENTS, after -> RollupSources.momentsAfter(c, after, BATCH));
                done += scan(c, CLIENT_EVENTS, after -> RollupSources.clientEventsAfter(c, after, BATCH, boughtWithinMs));
                done += scan(c, CREDITS, after -> RollupSources.creditsAfter(c, after, BATCH));
                long since = RollupSources.mark(c, RECENT);
                done += recompute(c, new TreeSet<>(RollupSources.recentlyChanged(c, since == 0 ? startedAt - HOUR_MS : since - MARGIN_MS)));
                RollupSources.setMark(c, RECENT, startedAt);
                c.commit();
                return done;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insight rollups: " + e.getMessage(), e);
        }
    }

    private interface Scan {
        RollupSources.Found after(long id) throws SQLException;
    }

    /** Follows one source by id from its mark, a batch at a time, committing each batch with its new mark. */
    private int scan(Connection c, String mark, Scan scan) throws SQLException {
        int done = 0;
        while (true) {
            long before = RollupSources.mark(c, mark);
            RollupSources.Found found = scan.after(before);
            done += recompute(c, new TreeSet<>(found.hours()));
            RollupSources.setMark(c, mark, found.upTo());
            c.commit();
            if (found.count() < BATCH || found.upTo() == before) {
                return done;
            }
        }
    }

    private int recompute(Connection c, TreeSet<StoreHour> hours) throws SQLException {
        if (hours.isEmpty()) {
            return 0;
        }
        try (RollupSql.Recomputer recomputer = new RollupSql.Recomputer(c, boughtWithinMs)) {
            for (StoreHour h : hours) {
                recomputer.recompute(h);
            }
        }
        return hours.size();
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
        c.commit();
        LOG.info("Insight rollups rebuilt: {} hours", done);
        return done;
    }

    /** The rebuild itself, shared with the command line: what is stored up to now is then taken into account. */
    public static int rebuild(Connection c, String storeId, long boughtWithinMs, IntConsumer progress) throws SQLException {
        long now = System.currentTimeMillis();
        long moments = RollupSources.lastId(c, "moment");
        long events = RollupSources.lastId(c, "client_event");
        long credits = RollupSources.lastId(c, "order_credit");
        RollupSql.clear(c, storeId);
        List<StoreHour> hours = RollupSources.hoursWithData(c, storeId);
        int done = 0;
        try (RollupSql.Recomputer recomputer = new RollupSql.Recomputer(c, boughtWithinMs)) {
            for (StoreHour h : hours) {
                recomputer.recompute(h);
                progress.accept(++done);
            }
        }
        if (storeId == null) {
            RollupSources.setMark(c, MOMENTS, moments);
            RollupSources.setMark(c, CLIENT_EVENTS, events);
            RollupSources.setMark(c, CREDITS, credits);
            RollupSources.setMark(c, RECENT, now);
            RollupSources.setMark(c, BUILT, now);
        }
        return done;
    }

    /** How many hours a full rebuild would recompute (for a progress bar). */
    public static int hoursToRebuild(Connection c, String storeId) throws SQLException {
        return RollupSources.hoursWithData(c, storeId).size();
    }
}
