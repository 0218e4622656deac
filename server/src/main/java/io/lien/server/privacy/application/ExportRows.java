package io.lien.server.privacy.application;

import io.lien.server.messages.OutgoingMessage;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.ImportantDate;
import io.lien.server.clients.Relationship;
import io.lien.server.community.ProductFeedback;
import io.lien.server.consent.ConsentChange;
import io.lien.server.followups.FollowUp;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.selections.Selection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The rows of a client's export, in its documented format (docs/privacy.md): records of their own,
 * so that a change to a table is not a change to what a person downloads, and no entity is an API
 * payload. Field names are those the export has always had.
 */
public final class ExportRows {

    private ExportRows() {
    }

    @Serdeable
    public record Profile(String id, String firstName, String lastName, String pronoun, @Nullable String email,
                          @Nullable String phone, String language, String preferredChannel, @Nullable String sizes,
                          @Nullable String interests, boolean presenceConsent, String approachability,
                          @Nullable String advisorUsername, long createdAt) {
        static Profile of(Client c) {
            return new Profile(c.id(), c.firstName(), c.lastName(), c.pronoun(), c.email(), c.phone(), c.language(),
                    c.preferredChannel(), c.sizes(), c.interests(), c.presenceConsent(), c.approachability().name(),
                    c.advisorUsername(), c.createdAt());
        }
    }

    @Serdeable
    public record ConsentStep(@Nullable Long id, String clientId, String kind, boolean granted, @Nullable String value, long ts,
                              String source, String actor, @Nullable String note) {
        static ConsentStep of(ConsentChange c) {
            return new ConsentStep(c.id(), c.clientId(), c.kind(), c.granted(), c.value(), c.ts(), c.source(), c.actor(), c.note());
        }
    }

    @Serdeable
    public record Date(@Nullable Long id, String clientId, String kind, @Nullable String person, @Nullable String personName,
                       int month, int day) {
        static Date of(ImportantDate d) {
            return new Date(d.id(), d.clientId(), d.kind(), d.person(), d.personName(), d.month(), d.day());
        }
    }

    @Serdeable
    public record Person(@Nullable Long id, String clientId, String kind, @Nullable String relatedClientId, String relatedName,
                         long since) {
        static Person of(Relationship r) {
            return new Person(r.id(), r.clientId(), r.kind(), r.relatedClientId(), r.relatedName(), r.since());
        }
    }

    /** A line of their history on any channel, as the channel wrote it. */
    @Serdeable
    public record HistoryLine(@Nullable Long id, String clientId, long ts, String channel, String kind, String summary,
                              @Nullable String productId, @Nullable String size, @Nullable Integer amountCents,
                              @Nullable String storeId, @Nullable String author, @Nullable String externalRef) {
        static HistoryLine of(ClientEvent e) {
            return new HistoryLine(e.id(), e.clientId(), e.ts(), e.channel().name(), e.kind().name(), e.summary(), e.productId(),
                    e.size(), e.amountCents(), e.storeId(), e.author(), e.externalRef());
        }
    }

    @Serdeable
    public record Said(@Nullable Long id, String productId, String clientId, long ts, String kind, @Nullable String tone,
                       @Nullable String body, boolean signed) {
        static Said of(ProductFeedback f) {
            return new Said(f.id(), f.productId(), f.clientId(), f.ts(), f.kind(), f.tone(), f.body(), f.signed());
        }
    }

    /** A garment kept from a store's mirror. */
    @Serdeable
    public record Kept(long id, String productId, @Nullable String size, @Nullable String storeId, long savedAt) {
        static Kept of(io.lien.server.shoppers.SavedPiece p) {
            return new Kept(p.id(), p.productId(), p.size(), p.storeId(), p.savedAt());
        }
    }

    @Serdeable
    public record SentSelection(String id, String clientId, String storeId, String advisor, String productIds,
                                @Nullable String message, String channel, long createdAt, long sendAfter, @Nullable Long sentAt,
                                @Nullable Long openedAt, @Nullable String requestId) {
        static SentSelection of(Selection s) {
            return new SentSelection(s.id(), s.clientId(), s.storeId(), s.advisor(), s.productIds(), s.message(), s.channel(),
                    s.createdAt(), s.sendAfter(), s.sentAt(), s.openedAt(), s.requestId());
        }

        public List<String> products() {
            return List.of(productIds.split(","));
        }
    }

    @Serdeable
    public record Reminder(@Nullable Long id, String clientId, String storeId, String advisor, LocalDate dueOn, String text,
                           long createdAt, @Nullable Long doneAt, @Nullable String requestId) {
        static Reminder of(FollowUp f) {
            return new Reminder(f.id(), f.clientId(), f.storeId(), f.advisor(), f.dueOn(), f.text(), f.createdAt(), f.doneAt(),
                    f.requestId());
        }
    }

    /** An order they placed (a piece to try on, to collect, delivered), with its lines at the price then. */
    @Serdeable
    /** An order with how it was paid (the provider's name, never a card) and where it was delivered. */
    public record Order(String id, String storeId, @Nullable String selectionId, String kind, String status, long createdAt,
                        @Nullable Long heldUntil, List<OrderLine> lines, @Nullable String payment, @Nullable Long totalCents,
                        @Nullable String delivery, @Nullable String address) {
        static Order of(ShopperOrders.WithLines o) {
            return new Order(o.order().id(), o.order().storeId(), o.order().selectionId(), o.order().kind(), o.order().status(),
                    o.order().createdAt(), o.order().heldUntil(), o.lines().stream()
                    .map(l -> new OrderLine(l.variantId(), l.quantity(), l.priceCents())).toList(), o.order().payment(),
                    o.order().totalCents(), o.order().delivery(), o.order().address());
        }
    }

    /** What Lien wrote to them about their orders: when, how, about what; {@code sentAt} null while it waits. */
    @Serdeable
    public record Message(String kind, String channel, String address, String subject, long createdAt, @Nullable Long sentAt) {
        static Message of(OutgoingMessage m) {
            return new Message(m.kind(), m.channel(), m.address(), m.subject(), m.createdAt(), m.sentAt());
        }
    }

    @Serdeable
    public record OrderLine(String variantId, int quantity, int priceCents) {
    }

    /** What an advisor's tablet showed about the client: its words in every language Lien speaks, by language tag. */
    @Serdeable
    public record ShownMoment(long id, String storeId, long ts, String kind, Map<String, String> text,
                              @Nullable String zoneId, @Nullable String productId) {
    }

    /** Who looked at or changed the profile, and why in every language Lien speaks, by language tag. */
    @Serdeable
    public record Access(long ts, String actor, String actorName, String actorRole, String action, Map<String, String> reason) {
    }
}
