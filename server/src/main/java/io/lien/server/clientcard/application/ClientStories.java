package io.lien.server.clientcard.application;

import io.lien.server.settings.ClientSettings;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.model.ConversationStarters;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.visits.Handling;
import io.lien.server.visits.HandlingRepository;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Gathers a client's story (orders, dates, what they handled today) and draws the conversation starters from it. */
@Singleton
public class ClientStories {

    private final ClientDirectory clients;
    private final DeviceRegistry registry;
    private final HandlingRepository handlings;
    private final ZoneId zone;

    ClientStories(ClientDirectory clients, DeviceRegistry registry, HandlingRepository handlings,
                  ClientSettings settings) {
        this.clients = clients;
        this.registry = registry;
        this.handlings = handlings;
        this.zone = settings.zone();
    }

    /** @param history the client's history, newest first, as the card already read it */
    public List<ConversationStarters.Starter> starters(Client client, List<ClientEvent> history, long now) {
        return ConversationStarters.of(story(client, history, now), today(now));
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today(long now) {
        return Instant.ofEpochMilli(now).atZone(zone).toLocalDate();
    }

    ConversationStarters.Story story(Client c, List<ClientEvent> history, long now) {
        List<ClientEvent> orders = history.stream().filter(e -> e.kind() == ClientEvent.Kind.ORDER).toList();
        List<ConversationStarters.Purchase> purchases = orders.stream().map(e -> {
            Optional<Product> p = Optional.ofNullable(e.productId()).flatMap(registry::product);
            return new ConversationStarters.Purchase(Instant.ofEpochMilli(e.ts()).atZone(zone).toLocalDate(),
                    p.map(Product::id).orElse(null), e.summary(),
                    e.channel() == ClientEvent.Channel.STORE);
        }).toList();
        List<ConversationStarters.Date> dates = clients.importantDates(c.id()).stream()
                .map(d -> new ConversationStarters.Date(d.kind(),
                        d.person() == null ? null : Optional.ofNullable(d.personName()).orElse(d.person()), MonthDay.of(d.month(), d.day())))
                .toList();
        long startOfDay = today(now).atStartOfDay(zone).toInstant().toEpochMilli();
        List<ConversationStarters.Handled> today = handlings.findByClientIdAndStartedAtGreaterThanEqualsOrderByStartedAtAsc(c.id(), startOfDay)
                .stream().map(h -> handled(h, orders)).flatMap(Optional::stream).toList();
        return new ConversationStarters.Story(c.firstName(), c.pronoun(), c.approachability() == Approachability.JUST_BROWSING,
                c.interests(), purchases, dates, today);
    }

    private Optional<ConversationStarters.Handled> handled(Handling h, List<ClientEvent> orders) {
        boolean bought = orders.stream().anyMatch(o -> h.productId().equals(o.productId()) && o.ts() >= h.startedAt());
        return registry.product(h.productId()).map(p -> new ConversationStarters.Handled(p.id(), h.size(),
                h.triedAt() != null, bought));
    }
}
