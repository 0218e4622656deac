package io.lien.server.insights.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A manager's week on the tablet: the figures that matter at a glance, each with the period before
 * where it compares, names in the reader's language, and where the whole picture is ({@code pagePath}).
 *
 * @param tryOnRate   tried ÷ touched, percent
 * @param conversion  bought after trying ÷ tried, percent (the fitting room's conversion)
 */
@Serdeable
public record InsightSummary(String storeId, String from, String to, long visits, @Nullable Integer visitsChange,
                             @Nullable Integer consentShare, @Nullable Long averageMinutes, @Nullable Integer tryOnRate,
                             @Nullable Integer conversion, @Nullable Integer conversionBefore, List<Zone> busiestZones,
                             List<Garment> triedNotBought, long calls, long callsUnanswered, long momentsAnswered,
                             @Nullable Long averageAnswerSeconds, long boughtElsewhereAfterTrying, List<Kind> kinds, String pagePath) {

    @Serdeable
    public record Zone(String zoneId, String name, long dwellMinutes, @Nullable Integer exposure) {
    }

    @Serdeable
    public record Garment(String productId, String name, long tried, long boughtAfterTrying, List<String> critical) {
    }

    @Serdeable
    public record Kind(String code, long visits, @Nullable Integer share) {
    }
}
