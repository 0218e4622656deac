package io.lien.server.messages.application;

import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.ConsentState;
import io.lien.server.consent.model.QuietHours;
import io.lien.server.messages.OutgoingMessage;
import io.lien.server.messages.OutgoingMessageRepository;
import io.lien.server.settings.MessageSettings;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Messages to clients wait here until they may go, and go once. A message whose channel the client
 * withdrew since it was queued is withheld, except a receipt of what they just did (an order they
 * placed): that one they asked for. A server that is down gets the message later, with a growing
 * pause between tries, up to {@code lien.messages.max-attempts}.
 */
@Singleton
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** Receipts of the shopper's own action: sent whatever their marketing consent says. */
    static final Set<String> RECEIPTS = Set.of("order-placed", "sign-in");
    static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /** What to send, already in the client's words. */
    public record Draft(String dedupeKey, String clientId, String kind, String channel, String address, String subject, String body,
                        long sendAfter) {
    }

    private final OutgoingMessageRepository messages;
    private final Messenger messenger;
    private final ConsentLedger consents;
    private final MessageSettings settings;
    private final TaskScheduler scheduler;

    Outbox(OutgoingMessageRepository messages, Messenger messenger, ConsentLedger consents, MessageSettings settings,
           @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.messages = messages;
        this.messenger = messenger;
        this.consents = consents;
        this.settings = settings;
        this.scheduler = scheduler;
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(settings.sendEvery(), settings.sendEvery(), this::sendDue);
    }

    /** Queued once per key: the same news twice is one message. True when this call queued it. */
    public boolean queue(Draft d) {
        if (messages.findByDedupeKey(d.dedupeKey()).isPresent()) {
            return false;
        }
        try {
            messages.save(new OutgoingMessage(UUID.randomUUID().toString(), d.dedupeKey(), d.clientId(), d.kind(), d.channel(),
                    d.address(), clip(d.subject(), 200), clip(d.body(), 4000), System.currentTimeMillis(), d.sendAfter(), null, 0, null));
            return true;
        } catch (DataAccessException sameKeyAtTheSameTime) {
            return false;
        }
    }

    /** Sends what is due at once, in the background (a sign-in link should not wait for the next round). */
    public void sendSoon() {
        scheduler.schedule(java.time.Duration.ZERO, this::sendDue);
    }

    /** Sends what is due now; what fails is tried again later. How many went. */
    public synchronized int sendDue() {
        int sent = 0;
        long now = System.currentTimeMillis();
        for (OutgoingMessage m : messages.findTop50BySentAtIsNullAndSendAfterLessThanEqualsAndAttemptsLessThanOrderBySendAfterAsc(now,
                settings.maxAttempts())) {
            try {
                if (!RECEIPTS.contains(m.kind()) && !stillAgreed(m)) {
                    messages.failed(m.id(), "withheld: the client no longer agrees to hear by " + m.channel(), Long.MAX_VALUE);
                    continue;
                }
                messenger.send(new Letter(m.id(), m.channel(), m.address(), m.subject(), m.body()));
                sent += messages.sent(m.id(), System.currentTimeMillis());
            } catch (RuntimeException e) {
                long pause = Math.min(LONGEST_PAUSE.toMillis(), settings.sendEvery().toMillis() << Math.min(m.attempts(), 16));
                messages.failed(m.id(), clip(String.valueOf(e.getMessage()), 400), now + pause);
                LOG.warn("Message {} ({}) not sent, tried again in {} s: {}", m.id(), m.kind(), pause / 1000, e.getMessage());
            }
        }
        return sent;
    }

    /** Everything queued for the client, newest first (their export shows it). */
    public List<OutgoingMessage> of(String clientId) {
        return messages.findByClientIdOrderByCreatedAtDesc(clientId);
    }

    /** Erasure: nothing waits for them any more, nothing sent is kept. */
    public void forget(String clientId) {
        messages.deleteByClientId(clientId);
    }

    private boolean stillAgreed(OutgoingMessage m) {
        return consents.ledger(m.clientId()).map(l -> {
            ConsentState state = l.state();
            LocalTime outsideQuietHours = state.quietHours().map(QuietHours::to).orElse(LocalTime.NOON);
            return state.mayContact(m.channel(), outsideQuietHours);
        }).orElse(false);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
