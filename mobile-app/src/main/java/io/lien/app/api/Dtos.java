package io.lien.app.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** What the server's REST and SSE answers look like, as the app reads them. */
public final class Dtos {

    private Dtos() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Token(@JsonProperty("access_token") String accessToken, String username) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Me(String username, String name, String storeId, List<String> roles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StoreSummary(String id, String name, String city) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moment(long id, String storeId, long ts, String kind, String text, String textFr, String clientId,
                         String clientName, String approachability, String zoneId, String hangerId, String productId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PresentClient(String clientId, String firstName, String lastName, String zoneId, String zoneName,
                                String zoneNameFr, long arrivedAt, long zoneSince, String approachability) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Garment(String hangerId, String productId, String productName, String productNameFr, String size,
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TimelineEntry(long ts, String channel, String kind, String summary, String productId, String size,
                                Integer amountCents, String summaryFr) {
    }

    /** A way into a conversation and the evidence behind it, in both languages. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Starter(String kind, String text, String textFr, String reason, String reasonFr) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClientCard(String id, String firstName, String lastName, String language, String preferredChannel,
                             String sizes, String interests, String approachability, boolean presenceConsent,
                             List<Starter> conversationStarters, List<TimelineEntry> timeline) {
        public ClientCard {
            conversationStarters = conversationStarters == null ? List.of() : List.copyOf(conversationStarters);
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
        }
    }
}
