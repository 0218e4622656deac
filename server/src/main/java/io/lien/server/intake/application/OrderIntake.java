package io.lien.server.intake.application;

import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.ClientEventRepository;
import io.lien.server.credit.application.OrderCredit;
import io.lien.server.intake.model.IntakeOrder;
import io.lien.server.intake.model.IntakeRefund;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.Variant;
import io.lien.server.stock.application.StockLedger;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Records an order (or a refund) another channel made: each line once in the client's history, its
 * units off the shelf where it was sold, and the credit recomputed. The same order posted again
 * (a retried webhook) is recognised by its source's order id and changes nothing.
 */
@Singleton
public class OrderIntake {

    public sealed interface Outcome {
        /** {@code again}: it had been recorded already; nothing changed. */
        record Recorded(String orderRef, int lines, boolean again) implements Outcome {
        }

        record Refused(String key, List<Object> values) implements Outcome {
            public Refused {
                values = List.copyOf(values);
            }
        }
    }

    static final long MAX_CENTS = 100_000_000L;

    private final ClientDirectory clients;
    private final ClientEventRepository events;
    private final DeviceRegistry registry;
    private final StockLedger ledger;
    private final OrderCredit credit;

    OrderIntake(ClientDirectory clients, ClientEventRepository events, DeviceRegistry registry, StockLedger ledger, OrderCredit credit) {
        this.clients = clients;
        this.events = events;
        this.registry = registry;
        this.ledger = ledger;
        this.credit = credit;
    }

    @Transactional
    public Outcome record(IntakeOrder order) {
        Optional<Outcome.Refused> wrong = problem(order);
        if (wrong.isPresent()) {
            return wrong.get();
        }
        Optional<Client> client = order.clientId() != null ? clients.find(order.clientId()) : clients.byEmail(order.email());
        if (client.isEmpty()) {
            return new Outcome.Refused("problem.intake.unknown-client", List.of(String.valueOf(order.clientId() != null ? order.clientId()
                    : order.email())));
        }
        String orderRef = order.source() + ":" + order.orderId();
        if (events.findByExternalRef(orderRef + ":1").isPresent()) {
            return new Outcome.Recorded(orderRef, order.lines().size(), true);
        }
        ClientEvent.Channel channel = ClientEvent.Channel.valueOf(order.channel().toUpperCase(Locale.ROOT));
        List<ClientEvent> rows = new ArrayList<>();
        int i = 0;
        for (IntakeOrder.Line line : order.lines()) {
            i++;
            String summary = (line.quantity() > 1 ? line.quantity() + " × " : "") + line.title();
            rows.add(new ClientEvent(null, client.get().id(), order.placedAt(), channel, ClientEvent.Kind.ORDER, summary, line.productId(),
                    line.size(), (int) Math.min(Integer.MAX_VALUE, line.amountCents()), order.storeId(), null, orderRef + ":" + i));
            // off the shelf where it was sold: the store's till, or the web warehouse; a till that does not say which store, nowhere
            String location = channel != ClientEvent.Channel.STORE ? StockLevel.WEB : order.storeId();
            if (line.productId() != null && line.size() != null && location != null) {
                ledger.soldElsewhere(location, Variant.idOf(line.productId(), line.size(), null), line.quantity(), orderRef + ":" + i);
            }
        }
        events.saveAll(rows);
        credit.recomputeFromHistory(orderRef, client.get().id());
        return new Outcome.Recorded(orderRef, rows.size(), false);
    }

    @Transactional
    public Outcome refund(IntakeRefund refund) {
        String orderRef = refund.source() + ":" + refund.orderId();
        Optional<ClientEvent> first = events.findByExternalRef(orderRef + ":1");
        if (first.isEmpty()) {
            return new Outcome.Refused("problem.intake.unknown-order", List.of(refund.orderId()));
        }
        if (refund.refundId() == null || !refund.refundId().matches("[A-Za-z0-9#._-]{1,64}") || refund.lines().isEmpty()
                || refund.lines().size() > IntakeOrder.MAX_LINES) {
            return new Outcome.Refused("problem.intake.refund", List.of());
        }
        String refundRef = orderRef + ":r" + refund.refundId();
        if (events.findByExternalRef(refundRef + ":1").isPresent()) {
            return new Outcome.Recorded(orderRef, refund.lines().size(), true);
        }
        List<ClientEvent> rows = new ArrayList<>();
        int i = 0;
        for (IntakeRefund.Line line : refund.lines()) {
            i++;
            Optional<ClientEvent> bought = events.findByExternalRef(orderRef + ":" + line.line());
            if (bought.isEmpty() || line.quantity() < 1 || line.amountCents() < 0 || line.amountCents() > MAX_CENTS
                    || line.amountCents() > bought.get().amountCents()) {
                return new Outcome.Refused("problem.intake.refund-line", List.of(line.line()));
            }
            ClientEvent b = bought.get();
            rows.add(new ClientEvent(null, b.clientId(), System.currentTimeMillis(), b.channel(), ClientEvent.Kind.RETURN,
                    (line.quantity() > 1 ? line.quantity() + " × " : "") + b.summary(), b.productId(), b.size(), (int) line.amountCents(),
                    b.storeId(), null, refundRef + ":" + i));
        }
        events.saveAll(rows);
        credit.recomputeFromHistory(orderRef, first.get().clientId());
        return new Outcome.Recorded(orderRef, rows.size(), false);
    }

    private Optional<Outcome.Refused> problem(IntakeOrder o) {
        if (o.orderId() == null || !o.orderId().matches("[A-Za-z0-9#._-]{1,64}")) {
            return refused("problem.intake.order-id");
        }
        if (o.lines().isEmpty() || o.lines().size() > IntakeOrder.MAX_LINES) {
            return refused("problem.intake.lines", IntakeOrder.MAX_LINES);
        }
        if (o.clientId() == null && (o.email() == null || o.email().length() > 320)) {
            return refused("problem.intake.who");
        }
        long now = System.currentTimeMillis();
        if (o.placedAt() <= 0 || o.placedAt() > now + 86_400_000L) {
            return refused("problem.intake.when");
        }
        if (o.storeId() != null && registry.store(o.storeId()).isEmpty()) {
            return refused("problem.order.unknown-store", o.storeId());
        }
        for (IntakeOrder.Line line : o.lines()) {
            if (line.quantity() < 1 || line.quantity() > 1_000 || line.amountCents() < 0 || line.amountCents() > MAX_CENTS) {
                return refused("problem.intake.line", String.valueOf(line.title()));
            }
            if (line.productId() != null && registry.product(line.productId()).isEmpty()) {
                return refused("problem.intake.unknown-product", line.productId());
            }
            if (line.title() == null || line.title().isBlank() || line.title().length() > 300 || (line.size() != null && line.size().length() > 16)) {
                return refused("problem.intake.line", String.valueOf(line.productId()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Outcome.Refused> refused(String key, Object... values) {
        return Optional.of(new Outcome.Refused(key, List.of(values)));
    }

}
