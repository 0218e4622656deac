package io.lien.server.orders.application;

import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.ConsentState;
import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.messages.application.Outbox;
import io.lien.server.orders.OrderLine;
import io.lien.server.orders.OrderLineRepository;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.selections.model.ChannelChoice;
import io.lien.server.settings.LienSettings;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a client hears about their order, in their language: the receipt when they place it (by
 * e-mail, at once: they just asked for it), "ready" when the store has put it aside, and a reminder
 * before a reservation runs out (on the channel they chose and agreed to, after their quiet hours;
 * by e-mail when they agreed to none, as it is about their own order). Each once.
 */
@Singleton
public class OrderMessages {

    private final Outbox outbox;
    private final ClientDirectory clients;
    private final ConsentLedger consents;
    private final OrderLineRepository lines;
    private final VariantRepository variants;
    private final DeviceRegistry registry;
    private final String publicUrl;

    OrderMessages(Outbox outbox, ClientDirectory clients, ConsentLedger consents, OrderLineRepository lines, VariantRepository variants,
                  DeviceRegistry registry, LienSettings settings) {
        this.outbox = outbox;
        this.clients = clients;
        this.consents = consents;
        this.lines = lines;
        this.variants = variants;
        this.registry = registry;
        this.publicUrl = settings.baseUrl();
    }

    void placed(ShopperOrder order) {
        tell(order, "order-placed", true);
    }

    /** The store put it aside: the client may come. */
    public void ready(ShopperOrder order) {
        tell(order, "ready", false);
    }

    void reminder(ShopperOrder order) {
        tell(order, "reminder", false);
    }

    private void tell(ShopperOrder order, String kind, boolean receipt) {
        Optional<Client> client = clients.find(order.clientId());
        List<OrderLine> mine = lines.findByOrderIdInOrderById(List.of(order.id()));
        Optional<Variant> variant = mine.isEmpty() ? Optional.empty() : variants.findById(mine.get(0).variantId());
        if (client.isEmpty() || variant.isEmpty()) {
            return;
        }
        Client c = client.get();
        ZoneId zone = registry.timeZone(order.storeId());
        long now = System.currentTimeMillis();
        Optional<Route> route = route(c, receipt, zone, now);
        if (route.isEmpty()) {
            return;
        }
        Locale locale = Languages.all().nearest(c.language());
        Texts t = Texts.of(locale);
        Variant v = variant.get();
        String piece = registry.product(v.productId()).map(p -> p.name(locale)).orElse(v.productId());
        String store = registry.store(order.storeId()).map(Store::name).orElse("");
        String until = order.heldUntil() == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale).format(Instant.ofEpochMilli(order.heldUntil()).atZone(zone));
        String link = publicUrl + "/s/" + order.selectionId() + "/orders/" + order.id();
        String key = "message." + kind + "." + order.kind();
        boolean written = route.get().channel().equals("email");
        Object[] args = {c.firstName(), piece, v.size(), store, until, link};
        outbox.queue(new Outbox.Draft(kind + ":" + order.id(), c.id(), kind, route.get().channel(), route.get().address(),
                t.t(key + ".subject", args), t.t(written ? key + ".body" : key + ".text", args), route.get().sendAfter()));
    }

    private record Route(String channel, String address, long sendAfter) {
    }

    private Optional<Route> route(Client c, boolean receipt, ZoneId zone, long now) {
        if (receipt && c.email() != null) {
            return Optional.of(new Route("email", c.email(), now));
        }
        Optional<ConsentState> state = consents.ledger(c.id()).map(ConsentLedger.Ledger::state);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        ChannelChoice.Choice choice = ChannelChoice.choose(c.preferredChannel(), state.get(),
                new ChannelChoice.Reachable(c.email() != null, c.phone() != null), Instant.ofEpochMilli(now), zone);
        if (choice instanceof ChannelChoice.Choice.Send s) {
            return Optional.of(new Route(s.channel(), s.channel().equals("email") ? c.email() : c.phone(), s.sendAfter()));
        }
        if (c.email() == null) {
            return Optional.empty();
        }
        long after = state.get().quietHours().filter(q -> q.contains(Instant.ofEpochMilli(now).atZone(zone).toLocalTime()))
                .map(q -> ChannelChoice.endOf(q, Instant.ofEpochMilli(now), zone)).orElse(now);
        return Optional.of(new Route("email", c.email(), after));
    }
}
