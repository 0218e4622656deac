package io.lien.server.audit;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Wording;
import io.lien.server.security.Caller;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes and reads the access log of client profiles. Entries are written in batches every
 * {@value #FLUSH_MS} ms rather than one commit per look: a synchronous commit doubled the time a
 * card takes to open (docs/benchmarks.md, P3). Nothing is dropped — a full queue is written at
 * once by the caller, reading the log and erasing a client write what is pending first, and
 * shutting down writes the rest. A crash of the process can lose the last {@value #FLUSH_MS} ms.
 */
@Singleton
public class ProfileAudit implements AutoCloseable {

    /** The longest reason kept; a longer one is cut, never refused (the look happened). */
    static final int MAX_REASON = 200;
    static final long FLUSH_MS = 100;
    /** The role shown for an entry written by a store device rather than a person. */
    public static final String DEVICE_ROLE = "DEVICE";
    static final int MAX_PENDING = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(ProfileAudit.class);

    private final ProfileAccessRepository log;
    private final BlockingQueue<ProfileAccess> pending = new LinkedBlockingQueue<>(MAX_PENDING);
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lien-access-log");
        t.setDaemon(true);
        return t;
    });

    ProfileAudit(ProfileAccessRepository log) {
        this.log = log;
        writer.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MS, FLUSH_MS, TimeUnit.MILLISECONDS);
    }

    /** Logs what {@code who} did with the profile and why (a message of the bundles, keys audit.*). */
    public void record(String clientId, Caller who, ProfileAccess.Action action, Phrase why) {
        add(new ProfileAccess(null, clientId, System.currentTimeMillis(), who.id(), who.displayName(), who.role(),
                action.name(), null, why));
    }

    /** Logs what a store device (a fixture the client used) changed in the profile and why. */
    public void recordDevice(String clientId, String deviceId, ProfileAccess.Action action, Phrase why) {
        add(new ProfileAccess(null, clientId, System.currentTimeMillis(), deviceId, deviceId, DEVICE_ROLE, action.name(), null, why));
    }

    /** Why, in the words the caller gave ({@code reason}, kept as typed, cut to fit), else the message {@code otherwise}. */
    public static Phrase because(@Nullable String reason, String otherwise) {
        if (reason == null || reason.isBlank()) {
            return Phrase.of(otherwise);
        }
        // control characters out: a reason is one line, and its JSON stays within the column
        String r = reason.strip().replaceAll("\\p{Cntrl}", " ");
        return Phrase.verbatim(r.length() <= MAX_REASON ? r : r.substring(0, MAX_REASON));
    }

    /** Why, in the reader's language. */
    public static String why(ProfileAccess entry, Locale reader) {
        return Wording.plain(entry.why(), reader);
    }

    /** Why, in every language Lien speaks, by language tag: for an export a person can take anywhere. */
    public static Map<String, String> whyInEveryLanguage(ProfileAccess entry) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Locale l : Languages.all().spoken()) {
            all.put(l.toLanguageTag(), why(entry, l));
        }
        return all;
    }

    private void add(ProfileAccess entry) {
        if (!pending.offer(entry)) {
            flush();
            log.save(entry);
        }
    }

    /** The client's log, newest first, including what was recorded a moment ago. */
    public List<ProfileAccess> of(String clientId) {
        flush();
        return log.findByClientIdOrderByTsDescAndIdDesc(clientId);
    }

    /** Writes every pending entry. An entry about a client erased meanwhile is dropped with its client. */
    public synchronized void flush() {
        List<ProfileAccess> batch = new ArrayList<>();
        pending.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            log.saveAll(batch);
        } catch (RuntimeException batchFailed) {
            for (ProfileAccess entry : batch) {
                try {
                    log.save(entry);
                } catch (RuntimeException e) {
                    LOG.warn("An access-log entry was not written (its client is gone?): {}", e.getClass().getSimpleName());
                }
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Writing the access log failed; entries stay pending", e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        writer.shutdown();
        flushQuietly();
    }
}
