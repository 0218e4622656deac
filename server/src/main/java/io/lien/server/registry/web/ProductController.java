package io.lien.server.registry.web;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Roles;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalogue (retired products aside), for an advisor picking pieces for a selection. */
@Controller("/api/products")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProductController {

    /** {@code name} in the reader's language; {@code names} every translation the catalogue has, by language tag. */
    @Serdeable
    record ProductView(String id, String name, Map<String, String> names, String category, @Nullable String collection,
                       int priceCents) {
    }

    private final DeviceRegistry registry;

    ProductController(DeviceRegistry registry) {
        this.registry = registry;
    }

    @Get
    List<ProductView> all(ReaderLanguage language) {
        Locale reader = language.locale();
        return registry.products().stream().filter(p -> !p.retired())
                .map(p -> new ProductView(p.id(), p.name(reader), p.names().byLanguage(), p.category(), p.collection(), p.priceCents()))
                .sorted(java.util.Comparator.comparing(ProductView::category).thenComparing(ProductView::name)).toList();
    }
}
