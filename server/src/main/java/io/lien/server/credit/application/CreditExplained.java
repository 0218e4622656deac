package io.lien.server.credit.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.credit.OrderCreditRow;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Phrase.Arg;
import io.lien.server.registry.PhraseWording;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Each order's credit in one sentence the reader can check ("60 %: Léa, who sent the selection it
 * was in on 3 Dec 2026; 40 %: Marc, who talked with the client in store on 5 Dec 2026"), and what of
 * it is the reader's own.
 */
@Singleton
public class CreditExplained {

    /** An order's credit: its net amount, the reader's own share (0 when none), and why, in one sentence. */
    public record Explained(String orderRef, long orderedAt, String channel, long amountCents, int yoursPercent, long yoursCents,
                            String why) {
    }

    private final OrderCredit credit;
    private final AdvisorRepository advisors;
    private final PhraseWording wording;

    CreditExplained(OrderCredit credit, AdvisorRepository advisors, PhraseWording wording) {
        this.credit = credit;
        this.advisors = advisors;
        this.wording = wording;
    }

    /** The client's orders' credit, newest first, as {@code reader} (an advisor's username, or null for the client) reads it. */
    public List<Explained> ofClient(String clientId, String reader, Locale locale) {
        Map<String, List<OrderCreditRow>> byOrder = new LinkedHashMap<>();
        for (OrderCreditRow row : credit.ofClient(clientId)) {
            byOrder.computeIfAbsent(row.orderRef(), o -> new ArrayList<>()).add(row);
        }
        List<Explained> out = new ArrayList<>();
        byOrder.forEach((order, rows) -> {
            List<Phrase> parts = new ArrayList<>();
            int yours = 0;
            long yoursCents = 0;
            long amount = 0;
            for (OrderCreditRow r : rows) {
                amount += r.amountCents();
                if (r.advisor().equals(OrderCreditRow.NOBODY)) {
                    parts.add(r.reason());
                    continue;
                }
                if (r.advisor().equals(reader)) {
                    yours = r.sharePct();
                    yoursCents = r.amountCents();
                }
                String name = advisors.findById(r.advisor()).map(Advisor::firstName).orElse(r.advisor());
                parts.add(Phrase.of("credit.share", Arg.number(r.sharePct()), Arg.text(name), Arg.text(wording.word(r.reason(), locale))));
            }
            OrderCreditRow first = rows.get(0);
            out.add(new Explained(order, first.orderedAt(), first.channel(), amount, yours, yoursCents,
                    wording.word(Phrase.joined(parts, "list.semicolon"), locale)));
        });
        return out;
    }
}
