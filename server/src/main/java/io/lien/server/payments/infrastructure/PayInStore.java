package io.lien.server.payments.infrastructure;

import io.lien.server.payments.application.PaymentProvider;
import io.lien.server.payments.application.PaymentProviders;
import jakarta.inject.Singleton;

import java.net.URI;

/** Collect and try on: the shopper pays at the till when they come, so nothing happens online. */
@Singleton
class PayInStore implements PaymentProvider {

    @Override
    public String name() {
        return PaymentProviders.IN_STORE;
    }

    @Override
    public Started start(String orderId, long amountCents, String currency, String description, URI returnTo) {
        return new Started.NothingNow("in-store:" + orderId);
    }

    @Override
    public Authorisation authorisation(String reference) {
        return new Authorisation.Authorised(reference);
    }

    @Override
    public Capture capture(String reference) {
        return new Capture.Captured();
    }

    @Override
    public void cancel(String reference) {
        // nothing was taken
    }
}
