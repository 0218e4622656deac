package io.lien.server.payments.application;

import io.lien.server.settings.PaymentSettings;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * The providers Lien knows: the one that takes card payments ({@code lien.payments.provider}) and
 * pay in store. A name no provider has stops the server at start, with the names there are.
 */
@Singleton
public class PaymentProviders {

    public static final String IN_STORE = "in-store";

    private final List<PaymentProvider> all;
    private final PaymentProvider online;
    private final PaymentSettings settings;

    PaymentProviders(List<PaymentProvider> all, PaymentSettings settings) {
        this.all = List.copyOf(all);
        this.settings = settings;
        this.online = named(settings.provider()).orElseThrow(() -> new IllegalStateException("lien.payments.provider: no provider named '"
                + settings.provider() + "'; there are " + all.stream().map(PaymentProvider::name).sorted().toList()));
    }

    /** The provider that takes payment now, online. */
    public PaymentProvider online() {
        return online;
    }

    public PaymentProvider inStore() {
        return named(IN_STORE).orElseThrow();
    }

    /** The provider an order was paid with, by the name it recorded. */
    public Optional<PaymentProvider> named(String name) {
        return all.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public String currency() {
        return settings.currency();
    }
}
