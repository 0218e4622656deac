package io.lien.server.registry.web;

import io.lien.server.security.Roles;
import io.lien.server.registry.ProductRepository;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.stream.StreamSupport;

/** The catalogue, for an advisor picking pieces for a selection. */
@Controller("/api/products")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ProductController {

    @Serdeable
    record ProductView(String id, String nameEn, String nameFr, String category, @Nullable String collection, int priceCents) {
    }

    private final ProductRepository products;

    ProductController(ProductRepository products) {
        this.products = products;
    }

    @Get
    List<ProductView> all() {
        return StreamSupport.stream(products.findAll().spliterator(), false)
                .map(p -> new ProductView(p.id(), p.nameEn(), p.nameFr(), p.category(), p.collection(), p.priceCents()))
                .sorted(java.util.Comparator.comparing(ProductView::category).thenComparing(ProductView::nameEn)).toList();
    }
}
