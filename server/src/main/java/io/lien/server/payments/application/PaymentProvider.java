package io.lien.server.payments.application;

import java.net.URI;

/**
 * What Lien asks of a payment provider (docs/payments.md). Every call is idempotent on its
 * reference: the shopper may come back twice (the back button, a reload), Lien asks again and
 * gets the same answer; capture and cancel of a reference already captured or cancelled change
 * nothing.
 */
public interface PaymentProvider {

    /** The name in {@code lien.payments.provider} and on the order ("in-store", "test-cards"). */
    String name();

    /**
     * A payment for {@code amountCents} of {@code currency}: where to send the shopper, or nothing to do now.
     *
     * @param orderId Lien's order, the provider's merchant reference (its idempotency key)
     * @param returnTo where the provider sends the shopper back, with {@code ?ref=} the payment's reference
     */
    Started start(String orderId, long amountCents, String currency, String description, URI returnTo);

    /** After the shopper came back: authorised, declined or still pending. */
    Authorisation authorisation(String reference);

    /** Takes the money authorised; fails when the provider refuses at this step (a card may pass authorisation, not capture). */
    Capture capture(String reference);

    /** Lets an authorisation go (the order was abandoned or failed). */
    void cancel(String reference);

    sealed interface Started {
        /** Send the shopper to {@code page}, the provider's own; they come back to the return address. */
        record Redirect(String reference, URI page) implements Started {
        }

        /** Nothing to pay online now (pay in store): the order goes on at once. */
        record NothingNow(String reference) implements Started {
        }
    }

    sealed interface Authorisation {
        record Authorised(String reference) implements Authorisation {
        }

        /** {@code reasonKey}: a message key, for the shopper, in their language. */
        record Declined(String reasonKey) implements Authorisation {
        }

        /** The shopper has not finished on the provider's page (or no such payment). */
        record Pending() implements Authorisation {
        }
    }

    sealed interface Capture {
        record Captured() implements Capture {
        }

        record Failed(String reasonKey) implements Capture {
        }
    }
}
