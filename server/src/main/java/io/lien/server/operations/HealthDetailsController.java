package io.lien.server.operations;

import io.lien.server.security.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.annotation.Secured;
import org.reactivestreams.Publisher;

/**
 * {@code GET /api/health}: every part's health with its details (database, disk space, …), for head office and
 * managers only. The public {@code /health} tells a load balancer UP or DOWN and nothing else.
 */
@Controller("/api/health")
@Secured({Roles.ADMIN, Roles.MANAGER})
class HealthDetailsController {

    private final HealthAggregator<HealthResult> aggregator;
    private final HealthIndicator[] indicators;

    HealthDetailsController(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators) {
        this.aggregator = aggregator;
        this.indicators = indicators;
    }

    @Get
    Publisher<HealthResult> details() {
        return aggregator.aggregate(indicators, HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS);
    }
}
