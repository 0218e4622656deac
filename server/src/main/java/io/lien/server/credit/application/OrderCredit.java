package io.lien.server.credit.application;

import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.ClientEventRepository;
import io.lien.server.credit.OrderCreditRow;
import io.lien.server.credit.OrderCreditRepository;
import io.lien.server.credit.model.CreditRules;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.settings.CreditSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Works out and keeps the credit of each order: the touches come from what Lien already knows —
 * selections sent, moments an advisor took about the client, notes they wrote — and the rules
 * ({@code CreditRules}) say who and how much. Recomputed whole when an order or a refund arrives, so
 * an order's shares never double.
 */
@Singleton
public class OrderCredit {

    /** What credit needs to know of an order, whichever channel it came from. */
    public record OrderFacts(String orderRef, String clientId, long ts, String channel, Set<String> products,
                             @Nullable String fromSelection, long netCents) {
        public OrderFacts {
            products = Set.copyOf(products);
        }
    }

    private final OrderCreditRepository credits;
    private final SelectionRepository selections;
    private final MomentRepository moments;
    private final ClientEventRepository events;
    private final DeviceRegistry registry;
    private final CreditSettings settings;

    OrderCredit(OrderCreditRepository credits, SelectionRepository selections, MomentRepository moments, ClientEventRepository events,
                DeviceRegistry registry, CreditSettings settings) {
        this.credits = credits;
        this.selections = selections;
        this.moments = moments;
        this.events = events;
        this.registry = registry;
        this.settings = settings;
    }

    /** An order from the intake: its lines and refunds are the client's history rows under {@code orderRef}. */
    @Transactional
    public void recomputeFromHistory(String orderRef, String clientId) {
        List<ClientEvent> mine = events.findByClientIdOrderByTsDesc(clientId).stream()
                .filter(e -> e.externalRef() != null && e.externalRef().startsWith(orderRef + ":")).toList();
        List<ClientEvent> bought = mine.stream().filter(e -> e.kind() == ClientEvent.Kind.ORDER).toList();
        if (bought.isEmpty()) {
            return;
        }
        long net = 0;
        Set<String> products = new HashSet<>();
        for (ClientEvent e : mine) {
            long cents = e.amountCents() == null ? 0 : e.amountCents();
            net += e.kind() == ClientEvent.Kind.RETURN ? -cents : cents;
            if (e.kind() == ClientEvent.Kind.ORDER && e.productId() != null) {
                products.add(e.productId());
            }
        }
        ClientEvent first = bought.get(bought.size() - 1);
        record(new OrderFacts(orderRef, clientId, first.ts(), first.channel().name(), products, null, Math.max(0, net)));
    }

    /** Works out the order's credit and keeps it, replacing what was kept for it before. */
    @Transactional
    public List<OrderCreditRow> record(OrderFacts order) {
        CreditRules.Credit credit = CreditRules.of(new CreditRules.Sale(order.ts(), order.products(), order.fromSelection(), order.netCents()),
                touches(order.clientId()), new CreditRules.Windows(settings.selectionDays(), settings.conversationDays(),
                        settings.selectionShare()));
        credits.deleteByOrderRef(order.orderRef());
        List<OrderCreditRow> rows = new ArrayList<>();
        for (CreditRules.Share s : credit.shares()) {
            rows.add(new OrderCreditRow(null, order.orderRef(), order.clientId(), s.advisor(), s.percent(), s.cents(), why(s.because()),
                    order.ts(), order.channel()));
        }
        if (rows.isEmpty()) {
            Phrase nobody = credit.tooEarly().map(t -> Phrase.of("credit.too-early", Arg.text(t.advisor()),
                    Arg.key("credit.touch." + t.kind().name().toLowerCase(java.util.Locale.ROOT)), Arg.date(day(t.ts())),
                    Arg.number(t.kind() == CreditRules.TouchKind.SELECTION ? settings.selectionDays() : settings.conversationDays())))
                    .orElse(Phrase.of("credit.nobody", Arg.number(Math.max(settings.selectionDays(), settings.conversationDays()))));
            rows.add(new OrderCreditRow(null, order.orderRef(), order.clientId(), OrderCreditRow.NOBODY, 0, 0, nobody, order.ts(),
                    order.channel()));
        }
        credits.saveAll(rows);
        return rows;
    }

    public List<OrderCreditRow> ofOrder(String orderRef) {
        return credits.findByOrderRefOrderBySharePctDesc(orderRef);
    }

    public List<OrderCreditRow> ofClient(String clientId) {
        return credits.findByClientIdOrderByOrderedAtDesc(clientId);
    }

    /** Erasure: their orders' credit goes with them (the advisors' totals lose it: it was theirs). */
    public void forget(String clientId) {
        credits.deleteByClientId(clientId);
    }

    private List<CreditRules.Touch> touches(String clientId) {
        List<CreditRules.Touch> out = new ArrayList<>();
        for (Selection s : selections.findByClientIdOrderByCreatedAtDesc(clientId)) {
            if (s.sentAt() != null || s.openedAt() != null) {
                out.add(new CreditRules.Touch(s.advisor(), CreditRules.TouchKind.SELECTION, s.sentAt() != null ? s.sentAt() : s.createdAt(),
                        Set.copyOf(s.products()), s.id()));
            }
        }
        for (Moment m : moments.findByClientIdOrderByIdAsc(clientId)) {
            if (m.kind() == MomentKind.CLAIM && m.advisor() != null) {
                out.add(new CreditRules.Touch(m.advisor(), CreditRules.TouchKind.CONVERSATION, m.ts(), Set.of(), null));
            }
        }
        for (ClientEvent e : events.findByClientIdOrderByTsDesc(clientId)) {
            if (e.kind() == ClientEvent.Kind.NOTE && e.author() != null) {
                out.add(new CreditRules.Touch(e.author(), CreditRules.TouchKind.CONVERSATION, e.ts(), Set.of(), null));
            }
        }
        return out;
    }

    /** Why this advisor: the selection they sent, the conversation they had, or both — with the day of each. */
    private Phrase why(List<CreditRules.Touch> because) {
        List<Phrase> parts = because.stream().map(t -> Phrase.of("credit.because." + t.kind().name().toLowerCase(java.util.Locale.ROOT),
                Arg.date(day(t.ts())))).toList();
        return Phrase.joined(parts, "list.and");
    }

    private LocalDate day(long ts) {
        return Instant.ofEpochMilli(ts).atZone(registry.timeZone("")).toLocalDate();
    }
}
