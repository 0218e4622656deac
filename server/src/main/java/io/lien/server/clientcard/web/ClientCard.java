package io.lien.server.clientcard.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A client at a glance: who they are, what they agreed to ({@code consents} by code, quiet hours),
 * what matters to them (important dates, the people close to them), what kind of relationship
 * they have with the brand and why, ways into a conversation with their reasons, and their whole
 * history across channels, newest first.
 */
@Serdeable
public record ClientCard(String id, String firstName, String lastName, String language, String preferredChannel,
                         @Nullable String sizes, @Nullable String interests, String approachability,
                         boolean presenceConsent, Map<String, Boolean> consents, @Nullable String quietHours,
                         List<DateEntry> importantDates, List<Person> relationships, List<Typology> relationshipTypologies,
                         List<Starter> conversationStarters, List<Touched> touchedToday, List<TimelineEntry> timeline,
                         List<Credited> credits) {

    /**
     * An order and who is credited with it, by the credit rules (docs/credit.md): {@code yoursPercent} the reader's own share,
     * {@code why} the whole split in one sentence.
     */
    @Serdeable
    public record Credited(String orderRef, long orderedAt, String channel, long amountCents, int yoursPercent, long yoursCents,
                           String why) {
    }

    /** A piece they handled in store today, named in the reader's language: one tap from a selection. */
    @Serdeable
    public record Touched(String productId, String name, String size, boolean tried) {
    }

    /**
     * {@code kind} ORDER, RETURN, NOTE, SELECTION, VISIT (zones, touched, tried) or FEEDBACK; {@code summary} in the reader's
     * language when Lien wrote it, in the words of its channel or author otherwise.
     */
    @Serdeable
    public record TimelineEntry(long ts, String channel, String kind, String summary, @Nullable String productId, @Nullable String size, @Nullable Integer amountCents,
                                @Nullable String author) {
    }

    /** {@code person} null for the client's own date; {@code inDays} until the next one. */
    @Serdeable
    public record DateEntry(String kind, @Nullable String person, int month, int day, long inDays) {
    }

    /**
     * {@code kind} household, friend, brought-by (who brought this client) or brought (whom this
     * client brought: referral credit, with {@code ordersSince} — the orders they placed since);
     * {@code clientId} when that person is a client too.
     */
    @Serdeable
    public record Person(String kind, String name, @Nullable String clientId, long since, @Nullable Integer ordersSince) {
    }

    /** What kind of relationship this is ("gift-giver"), with the evidence in the reader's language (docs/visit-typologies.md). */
    @Serdeable
    public record Typology(String code, String evidence) {
    }

    /** A way into a conversation and the evidence behind it, in the reader's language. */
    @Serdeable
    public record Starter(String kind, String text, String reason) {
    }

    @Serdeable
    public record Summary(String id, String firstName, String lastName, String approachability) {
    }
}
