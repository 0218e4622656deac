package io.lien.server.registry.web;

import io.lien.server.security.Roles;
import io.lien.server.i18n.Languages;
import io.lien.server.registry.DeviceRegistry;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.annotation.Header;
import java.util.Locale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The catalogue, for an advisor picking pieces for a selection. */
@Controller("/api/products")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProductController {

    /** {@code name} in the reader's language (Accept-Language); nameEn / nameFr for the app that reads both, until it asks in its own. */
    @Serdeable
    record ProductView(String id, String nameEn, String nameFr, String category, @Nullable String collection,
                       int priceCents, String name) {
    }

    private final DeviceRegistry registry;

    ProductController(DeviceRegistry registry) {
        this.registry = registry;
    }

    @Get
    List<ProductView> all(@Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Locale reader = Languages.all().fromAcceptLanguage(language);
        return registry.products().stream()
                .map(p -> new ProductView(p.id(), p.nameEn(), p.nameFr(), p.category(), p.collection(), p.priceCents(), p.name(reader)))
                .sorted(java.util.Comparator.comparing(ProductView::category).thenComparing(ProductView::name)).toList();
    }
}
