package io.lien.server.setup.application;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Product;
import io.lien.server.registry.RegistryWrites;
import io.lien.server.security.Operator;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Head office's catalogue, product by product: found by id or name, taken out of the catalogue (retired: no longer
 * offered to advisors nor to racks; orders, handlings and feedback keep naming it) and brought back. A product
 * still on hangers is not retired: the racks would show a garment nobody can buy.
 */
@Singleton
public class CatalogueProducts {

    private final DeviceRegistry registry;
    private final RegistryWrites writes;
    private final SetupAudit audit;
    private final ApplicationEventPublisher<SetupChanged> changed;

    CatalogueProducts(DeviceRegistry registry, RegistryWrites writes, SetupAudit audit, ApplicationEventPublisher<SetupChanged> changed) {
        this.registry = registry;
        this.writes = writes;
        this.audit = audit;
        this.changed = changed;
    }

    /** Products whose id or a name contains {@code query} (all when blank), by name in {@code reader}'s language, at most {@code limit}. */
    public List<Product> find(String query, Locale reader, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return registry.products().stream()
                .filter(p -> q.isEmpty() || p.id().toLowerCase(Locale.ROOT).contains(q)
                        || p.names().byLanguage().values().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(q)))
                .sorted(Comparator.comparing((Product p) -> p.name(reader)).thenComparing(Product::id))
                .limit(Math.max(1, Math.min(limit, 500))).toList();
    }

    @Transactional
    public SetupOutcome<Product> retire(Operator who, String productId) {
        Optional<Product> product = registry.product(productId == null ? "" : productId).filter(p -> !p.retired());
        if (product.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-product", StoreSetup.cut(productId));
        }
        Map<String, Long> onHangers = registry.stores().stream().flatMap(s -> registry.hangersOf(s.id()).stream())
                .filter(h -> h.productId().equals(productId)).collect(Collectors.groupingBy(Hanger::storeId, Collectors.counting()));
        if (!onHangers.isEmpty()) {
            return SetupOutcome.clash("problem.setup.product-on-hangers", productId, onHangers.toString());
        }
        writes.retireProduct(productId, System.currentTimeMillis());
        audit.record(who, null, "catalogue", productId, "retired", Map.of("product", productId), null);
        changed.publishEvent(new SetupChanged(null));
        return new SetupOutcome.Done<>(product.get());
    }

    @Transactional
    public SetupOutcome<Product> restore(Operator who, String productId) {
        Optional<Product> product = registry.product(productId == null ? "" : productId).filter(Product::retired);
        if (product.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-retired-product", StoreSetup.cut(productId));
        }
        writes.retireProduct(productId, null);
        audit.record(who, null, "catalogue", productId, "restored", null, Map.of("product", productId));
        changed.publishEvent(new SetupChanged(null));
        return new SetupOutcome.Done<>(product.get());
    }
}
