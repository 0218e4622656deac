package io.lien.server.privacy.application;

import jakarta.inject.Named;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.event.StartupEvent;
import io.lien.server.settings.PrivacySettings;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.signals.SignalRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * How long presence signals keep a shopper's install id. A shopper without presence consent is
 * anonymised within minutes (CNIL's rule for in-store tracking: {@code lien.privacy.anonymise-after},
 * 1 min, checked every {@code lien.privacy.sweep-every}, 1 min): their install id in stored signals
 * becomes a random {@code anon-…} id drawn afresh at each sweep and never kept, so what is left
 * cannot be tied back to the phone, nor one sweep's signals to the next. Presence signals of
 * consenting clients are deleted after {@code lien.privacy.identified-signals-kept} (30 days); the
 * visits built from them stay.
 */
@Singleton
public class SignalRetention {

    private static final Logger LOG = LoggerFactory.getLogger(SignalRetention.class);

    private final SignalRepository signals;
    private final ClientDirectory clients;
    private final long anonymiseAfterMs;
    private final long keepIdentifiedMs;
    private final TaskScheduler scheduler;
    private final Duration sweepEvery;
    /** Signals up to this id were looked at by an earlier sweep (from the start: all of them once). */
    private long sweptUpTo;

    SignalRetention(SignalRepository signals, ClientDirectory clients,
                    PrivacySettings settings, @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        Duration anonymiseAfter = settings.anonymiseAfter();
        Duration keepIdentified = settings.identifiedSignalsKept();
        this.scheduler = scheduler;
        this.sweepEvery = settings.sweepEvery();
        this.signals = signals;
        this.clients = clients;
        this.anonymiseAfterMs = anonymiseAfter.toMillis();
        this.keepIdentifiedMs = keepIdentified.toMillis();
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(sweepEvery, sweepEvery, this::sweep);
    }

    void sweep() {
        long now = System.currentTimeMillis();
        int anonymised = anonymiseUnconsented(now);
        int purged = signals.deletePresenceReceivedBefore(now - keepIdentifiedMs);
        if (anonymised + purged > 0) {
            LOG.info("Retention: {} shopper(s) without presence consent anonymised, {} old presence signal(s) deleted",
                    anonymised, purged);
        }
    }

    /** @return how many install ids were replaced */
    synchronized int anonymiseUnconsented(long now) {
        long upTo = signals.lastIdReceivedBy(now - anonymiseAfterMs);
        if (upTo <= sweptUpTo) {
            return 0;
        }
        int replaced = 0;
        for (String install : signals.installsBetween(sweptUpTo, upTo)) {
            if (install.startsWith("anon-") || install.startsWith("erased-") || clients.identify(install).isPresent()) {
                continue;
            }
            signals.replaceInstall(install, "anon-");
            replaced++;
        }
        sweptUpTo = upTo;
        return replaced;
    }
}
