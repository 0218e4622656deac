package io.lien.server.payments.infrastructure;

import io.lien.server.payments.application.PaymentProvider;
import io.lien.server.payments.model.TestCards;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provider for demos and tests, standing where a real one's hosted page would: the shopper types
 * a test card on its page ({@code /test-payments/{reference}}), it answers as the card says. It
 * keeps the outcome, never the number; its payments live in memory (a restart forgets them, and
 * the order's cart hold runs out as if the shopper had left).
 */
@Singleton
public class TestCardProvider implements PaymentProvider {

    public static final String NAME = "test-cards";
    static final int MAX_OPEN = 10_000;

    /** A payment on the provider's side: what is asked, where to go back, and how far it went. */
    public record Payment(String reference, String orderId, long amountCents, String currency, String description, URI returnTo,
                          State state, long startedAt) {
        Payment in(State next) {
            return new Payment(reference, orderId, amountCents, currency, description, returnTo, next, startedAt);
        }
    }

    public enum State { OPEN, AUTHORISED, AUTHORISED_TO_FAIL, DECLINED, INSUFFICIENT_FUNDS, CAPTURED, CAPTURE_FAILED, CANCELLED }

    private final Map<String, Payment> payments = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Started start(String orderId, long amountCents, String currency, String description, URI returnTo) {
        forgetOld(System.currentTimeMillis());
        String reference = "test_" + UUID.randomUUID().toString().replace("-", "");
        payments.put(reference, new Payment(reference, orderId, amountCents, currency, description, returnTo, State.OPEN,
                System.currentTimeMillis()));
        return new Started.Redirect(reference, URI.create("/test-payments/" + reference));
    }

    /** The payment the provider's page shows, while it is open. */
    public Optional<Payment> open(String reference) {
        return Optional.ofNullable(reference == null ? null : payments.get(reference)).filter(p -> p.state() == State.OPEN);
    }

    /** The shopper typed {@code card} on the page: its outcome, kept; the number, not. Empty when not a test card or not open. */
    public Optional<Payment> pay(String reference, String card) {
        Optional<TestCards.Outcome> outcome = TestCards.of(card);
        if (outcome.isEmpty() || open(reference).isEmpty()) {
            return Optional.empty();
        }
        State next = switch (outcome.get()) {
            case APPROVED -> State.AUTHORISED;
            case FAILS_AT_CAPTURE -> State.AUTHORISED_TO_FAIL;
            case DECLINED -> State.DECLINED;
            case INSUFFICIENT_FUNDS -> State.INSUFFICIENT_FUNDS;
        };
        return Optional.of(payments.computeIfPresent(reference, (r, p) -> p.state() == State.OPEN ? p.in(next) : p));
    }

    @Override
    public Authorisation authorisation(String reference) {
        Payment p = reference == null ? null : payments.get(reference);
        if (p == null) {
            return new Authorisation.Pending();
        }
        return switch (p.state()) {
            case AUTHORISED, AUTHORISED_TO_FAIL, CAPTURED, CAPTURE_FAILED -> new Authorisation.Authorised(reference);
            case DECLINED -> new Authorisation.Declined("payment.declined");
            case INSUFFICIENT_FUNDS -> new Authorisation.Declined("payment.insufficient-funds");
            case OPEN, CANCELLED -> new Authorisation.Pending();
        };
    }

    @Override
    public Capture capture(String reference) {
        Payment p = payments.computeIfPresent(reference, (r, was) -> switch (was.state()) {
            case AUTHORISED -> was.in(State.CAPTURED);
            case AUTHORISED_TO_FAIL -> was.in(State.CAPTURE_FAILED);
            default -> was;
        });
        if (p != null && p.state() == State.CAPTURED) {
            return new Capture.Captured();
        }
        return new Capture.Failed("payment.capture-failed");
    }

    @Override
    public void cancel(String reference) {
        payments.computeIfPresent(reference, (r, p) -> p.state() == State.CAPTURED ? p : p.in(State.CANCELLED));
    }

    /** Payments older than a day go; and never more than {@value #MAX_OPEN} kept (the oldest go first). */
    private void forgetOld(long now) {
        payments.values().removeIf(p -> now - p.startedAt() > 86_400_000L);
        if (payments.size() >= MAX_OPEN) {
            payments.values().stream().min(java.util.Comparator.comparingLong(Payment::startedAt))
                    .ifPresent(p -> payments.remove(p.reference()));
        }
    }
}
