package io.lien.app.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the server's REST and SSE answers look like, as the app reads them. Texts Lien writes (evidence,
 * starters, timeline lines, names of garments and zones) come in the advisor's language, which every
 * request asks for ({@code Accept-Language}).
 */
public final class Dtos {

    private Dtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Token(@JsonProperty("access_token") String accessToken, String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Me(String username, String name, String storeId, List<String> roles, List<StoreSummary> stores) {
        /** {@code stores}: where they may work, their own first; an older server says nothing, which means their own. */
        public Me {
            stores = stores == null || stores.isEmpty() ? List.of(new StoreSummary(storeId, storeId, "")) : List.copyOf(stores);
        }

        /** The name of the store this session works in ("Lien Démo — Le Marais"). */
        public String storeName() {
            return stores.stream().filter(s -> s.id().equals(storeId)).map(StoreSummary::name).findFirst().orElse(storeId);
        }

        /** Whether the tablet asks which store before opening one. */
        public boolean choosesStore() {
            return stores.size() > 1;
        }

        /** A manager sees the store's week on the tablet (the whole picture on the insights pages). */
        public boolean isManager() {
            return roles != null && roles.contains("MANAGER");
        }
    }

    /** A manager's last days at a glance ({@code GET /api/stores/{id}/insights/summary}); names in the reader's language. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InsightSummary(String storeId, String from, String to, long visits, Integer visitsChange, Integer consentShare,
                                 Long averageMinutes, Integer tryOnRate, Integer conversion, Integer conversionBefore,
                                 List<SummaryZone> busiestZones, List<SummaryGarment> triedNotBought, long calls, long callsUnanswered,
                                 long momentsAnswered, Long averageAnswerSeconds, long boughtElsewhereAfterTrying,
                                 List<SummaryKind> kinds, String pagePath) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SummaryZone(String zoneId, String name, long dwellMinutes, Integer exposure) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SummaryGarment(String productId, String name, long tried, long boughtAfterTrying, List<String> critical) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SummaryKind(String code, long visits, Integer share) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoreSummary(String id, String name, String city) {
    }

    /** A claim ("I'm on it") is a moment of kind CLAIM that {@code refersTo} the moment an {@code advisor} took. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moment(long id, String storeId, long ts, String kind, String text, String clientId,
                         String clientName, String approachability, String zoneId, String hangerId, String productId,
                         Long refersTo, String advisor, String advisorName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Typology(String code, String evidence) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PresentClient(String clientId, String firstName, String lastName, String zoneId, String zoneName,
                                long arrivedAt, long zoneSince, String approachability,
                                List<Typology> visitSoFar) {
        public PresentClient {
            visitSoFar = visitSoFar == null ? List.of() : List.copyOf(visitSoFar);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Garment(String hangerId, String productId, String productName, String size,
                          long since, String clientId, String zoneId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LiveStore(String storeId, int shoppersInStore, int anonymousShoppers, List<PresentClient> clients,
                            List<Garment> lifted, List<Garment> inFittingRooms) {
        public LiveStore {
            clients = clients == null ? List.of() : List.copyOf(clients);
            lifted = lifted == null ? List.of() : List.copyOf(lifted);
            inFittingRooms = inFittingRooms == null ? List.of() : List.copyOf(inFittingRooms);
        }
    }

    /** An order's credit (docs/credit.md): the reader's own share, and the whole split in one sentence, in their language. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Credited(String orderRef, long orderedAt, String channel, long amountCents, int yoursPercent, long yoursCents,
                           String why) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimelineEntry(long ts, String channel, String kind, String summary, String productId, String size,
                                Integer amountCents, String author) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DateEntry(String kind, String person, int month, int day, long inDays) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String kind, String name, String clientId, long since, Integer ordersSince) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Touched(String productId, String name, String size, boolean tried) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Product(String id, String name, String category, String collection, int priceCents) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoteTag(String code, String name) {
    }

    /** {@code requestId} and {@code writtenAt} let a note wait offline and still be written once, with its time. */
    public record NewNote(List<String> tags, String text, String requestId, Long writtenAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WrittenNote(long id, long ts, String summary, String author) {
    }

    public record NewSelection(List<String> productIds, String message, String requestId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SentSelection(String id, String link, List<String> productIds, String message, String advisor, String channel,
                                long createdAt, long sendAfter, Long sentAt, Long openedAt) {
    }

    public record NewFollowUp(String dueOn, String text, String requestId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FollowUp(long id, String clientId, String clientName, String advisor, String dueOn, String text,
                           long createdAt, Long doneAt, boolean late) {
    }

    /** A piece a shopper reserved to try on, to put aside in the store; {@code status} held or ready. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ToPutAside(String orderId, String kind, String status, String clientId, String clientName, String productId,
                             String productName, String size, Long heldUntil, long createdAt) {
    }

    /** A way into a conversation and the evidence behind it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Starter(String kind, String text, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientCard(String id, String firstName, String lastName, String language, String preferredChannel,
                             String sizes, String interests, String approachability, boolean presenceConsent,
                             Map<String, Boolean> consents, String quietHours, List<DateEntry> importantDates,
                             List<Person> relationships, List<Typology> relationshipTypologies,
                             List<Starter> conversationStarters, List<Touched> touchedToday, List<TimelineEntry> timeline,
                             List<Credited> credits) {
        public ClientCard {
            credits = credits == null ? List.of() : List.copyOf(credits);
            relationshipTypologies = relationshipTypologies == null ? List.of() : List.copyOf(relationshipTypologies);
            consents = consents == null ? Map.of() : new LinkedHashMap<>(consents);
            importantDates = importantDates == null ? List.of() : List.copyOf(importantDates);
            relationships = relationships == null ? List.of() : List.copyOf(relationships);
            conversationStarters = conversationStarters == null ? List.of() : List.copyOf(conversationStarters);
            touchedToday = touchedToday == null ? List.of() : List.copyOf(touchedToday);
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
        }
    }
}
