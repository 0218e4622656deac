package io.lien.server.visits;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a manager or an advisor reads about visits: the day's list, one visit, the product funnel; in the reader's language. */
public final class VisitReport {

    private VisitReport() {
    }

    /** A client is named only when the visit was made with presence consent. */
    @Serdeable
    public record Summary(long id, @Nullable String clientId, @Nullable String clientName, long startedAt,
                          @Nullable Long endedAt, long durationMs, int zones, Stages stages, List<Typology> typologies) {
    }

    /** What kind of visit, and the evidence in the reader's language (docs/visit-typologies.md). */
    @Serdeable
    public record Typology(String code, String evidence) {
    }

    @Serdeable
    public record Stages(long touched, long carried, long tried, long bought) {
    }

    @Serdeable
    public record Detail(long id, String storeId, @Nullable String clientId, @Nullable String clientName, long startedAt,
                         @Nullable Long endedAt, long durationMs, List<ZoneStay> zones, List<ProductStages> products,
                         List<Typology> typologies) {
    }

    /** Time spent in one zone, named in the reader's language; still running while {@code leftAt} is empty. */
    @Serdeable
    public record ZoneStay(String zoneId, String name, long enteredAt, @Nullable Long leftAt, long dwellMs) {
    }

    /** How far a product went in this visit (named in the reader's language), and how sure we are it was this shopper's. */
    @Serdeable
    public record ProductStages(String productId, String name, String size, boolean carried,
                                boolean tried, boolean bought, String attribution, double confidence) {
    }

    @Serdeable
    public record Funnel(String storeId, String from, String to, Stages total, List<ProductRow> products) {
    }

    @Serdeable
    public record ProductRow(String productId, String name, long touched, long carried, long tried,
                             long bought) {
    }
}
