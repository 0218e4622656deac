package io.lien.server.payments.web;

import io.lien.server.web.Page;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the test provider's page shows: the amount, the test cards with their outcome, what went wrong (a message key). */
public record TestPaymentView(Page page, String reference, String amount, String description, List<Card> cards, @Nullable String problem) {

    public TestPaymentView {
        cards = List.copyOf(cards);
    }

    public record Card(String number, String outcome) {
    }
}
