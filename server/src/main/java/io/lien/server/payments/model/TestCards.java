package io.lien.server.payments.model;

import java.util.Map;
import java.util.Optional;

/**
 * The test provider's cards, as open-source commerce engines and providers ship them: each number
 * has one documented outcome (docs/payments.md). Any other number is refused on the provider's
 * page, so a real card number typed by mistake is never taken.
 */
public final class TestCards {

    public enum Outcome {
        /** Authorised, then captured. */
        APPROVED,
        /** Refused at authorisation: the card was declined. */
        DECLINED,
        /** Refused at authorisation: not enough money on the account. */
        INSUFFICIENT_FUNDS,
        /** Authorised, then refused when the money is taken. */
        FAILS_AT_CAPTURE
    }

    public static final Map<String, Outcome> CARDS = Map.of(
            "4242424242424242", Outcome.APPROVED,
            "4000000000000002", Outcome.DECLINED,
            "4000000000009995", Outcome.INSUFFICIENT_FUNDS,
            "4000000000000341", Outcome.FAILS_AT_CAPTURE);

    private TestCards() {
    }

    /** The outcome of a test card, written with or without spaces and dashes; empty for any other number. */
    public static Optional<Outcome> of(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String digits = typed.replace(" ", "").replace("-", "");
        return Optional.ofNullable(CARDS.get(digits));
    }
}
