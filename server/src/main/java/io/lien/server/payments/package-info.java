/**
 * Payments, through a provider: Lien asks for an amount it computed itself, sends the shopper to
 * the provider's own page when there is something to pay now, and asks the provider what happened
 * when they come back. Lien never sees, stores or logs a card number. Two providers ship with Lien:
 * <em>pay in store</em> (for collect and try-on: nothing to pay online) and a <em>test provider</em>
 * whose documented test cards approve, decline, or fail at capture; a real one (Adyen, Stripe…)
 * implements {@code PaymentProvider} and is chosen by {@code lien.payments.provider}
 * (docs/payments.md is the contract).
 */
package io.lien.server.payments;
