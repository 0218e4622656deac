package io.lien.server.orders.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.credit.application.OrderCredit;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentStream;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.model.MomentTexts;
import io.lien.server.orders.OrderLine;
import io.lien.server.orders.OrderLineRepository;
import io.lien.server.orders.ShopperOrder;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * An order placed reaches the people it concerns: the store that prepares it hears of it as a
 * moment to act on ("to put aside"); a delivered one tells the advisor's store that their selection
 * was bought. The client hears of it by message ({@code OrderMessages}).
 */
@Singleton
public class OrderNews {

    private final ClientDirectory clients;
    private final SelectionRepository selections;
    private final OrderLineRepository lines;
    private final VariantRepository variants;
    private final MomentStream moments;
    private final OrderMessages messages;
    private final OrderCredit credit;
    private final AdvisorRepository advisors;

    OrderNews(ClientDirectory clients, SelectionRepository selections, OrderLineRepository lines, VariantRepository variants,
              MomentStream moments, OrderMessages messages, OrderCredit credit,
              AdvisorRepository advisors) {
        this.credit = credit;
        this.advisors = advisors;
        this.clients = clients;
        this.selections = selections;
        this.lines = lines;
        this.variants = variants;
        this.moments = moments;
        this.messages = messages;
    }

    void placed(ShopperOrder order) {
        Optional<Client> client = clients.find(order.clientId());
        Optional<Selection> selection = order.selectionId() == null ? Optional.empty() : selections.findById(order.selectionId());
        List<OrderLine> mine = lines.findByOrderIdInOrderById(List.of(order.id()));
        if (client.isEmpty() || mine.isEmpty()) {
            return;
        }
        Optional<Variant> variant = variants.findById(mine.get(0).variantId());
        if (variant.isPresent()) {
            Client c = client.get();
            String advisor = selection.map(Selection::advisor).orElse(null);
            Variant v = variant.get();
            if (order.kind().equals("collect")) {
                moments.append(new Moment(null, order.storeId(), order.createdAt(), MomentKind.RESERVATION,
                        MomentTexts.toCollect(c.firstName(), v.productId(), v.size(), selection.flatMap(sel -> advisors.findById(sel.advisor()))
                                .map(Advisor::firstName).orElse(advisor == null ? "" : advisor)), c.id(), c.approachability().code(), null, null,
                        v.productId(), null, null, advisor));
            } else if (selection.isPresent()) {
                moments.append(new Moment(null, selection.get().storeId(), order.createdAt(), MomentKind.ORDER,
                        MomentTexts.orderedDelivered(c.firstName(), v.productId(), v.size()), c.id(), c.approachability().code(), null,
                        null, v.productId(), null, null, advisor));
            }
        }
        if (!order.kind().equals("try-on")) {
            // a sale: credited to the advisors who helped (the selection's, first of all)
            long goods = mine.stream().mapToLong(l -> (long) l.priceCents() * l.quantity()).sum();
            credit.record(new OrderCredit.OrderFacts("lien-order:" + order.id(), order.clientId(), order.createdAt(), "WEB",
                    java.util.Set.copyOf(variant.map(v -> java.util.List.of(v.productId())).orElse(java.util.List.of())),
                    order.selectionId(), goods));
        }
        messages.placed(order);
    }
}
