package io.lien.server.setup.application;

import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.HangerRepository;
import io.lien.server.registry.Product;
import io.lien.server.registry.Zone;
import io.lien.server.security.Operator;
import io.lien.server.setup.model.HangerIds;
import io.lien.server.setup.model.SizeRun;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dressing a rack, every morning: these hangers now carry this product, in these sizes, on a rack in
 * this zone — in one step, all or nothing. A hanger id not seen before is registered with it (a new
 * rack is onboarded by dressing it); a hanger of another store, or an id another device has, refuses
 * the whole step. Each hanger carries one garment: re-assigning replaces what it carried, and past
 * handlings keep the garment and the zone they had.
 */
@Singleton
public class HangerAssignment {

    /** A rack as the manager dresses it: {@code hangers} like {@code h-101..h-110}, {@code sizes} like {@code 36-44}. */
    public record Rack(String hangers, String productId, String sizes, @Nullable String colour, String zoneId) {
    }

    /** What the step did: each hanger with its size, how many were new, how many changed, how many already were so. */
    public record Dressed(List<Hanger> hangers, int registered, int changed, int unchanged) {
    }

    private final DeviceRegistry registry;
    private final HangerRepository hangers;
    private final VariantRepository variants;
    private final DeviceOnboarding devices;
    private final SetupAudit audit;
    private final ApplicationEventPublisher<SetupChanged> changed;

    HangerAssignment(DeviceRegistry registry, HangerRepository hangers, VariantRepository variants, DeviceOnboarding devices,
                     SetupAudit audit, ApplicationEventPublisher<SetupChanged> changed) {
        this.registry = registry;
        this.hangers = hangers;
        this.variants = variants;
        this.devices = devices;
        this.audit = audit;
        this.changed = changed;
    }

    @Transactional
    public SetupOutcome<Dressed> dress(Operator who, String storeId, Rack rack) {
        if (registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", StoreSetup.cut(storeId));
        }
        List<String> ids;
        try {
            ids = HangerIds.parse(rack.hangers());
        } catch (IllegalArgumentException e) {
            return SetupOutcome.invalid("problem.setup.rack", e.getMessage());
        }
        Optional<Product> product = registry.product(rack.productId() == null ? "" : rack.productId()).filter(p -> !p.retired());
        if (product.isEmpty()) {
            return SetupOutcome.invalid("problem.setup.rack-product", StoreSetup.cut(rack.productId()));
        }
        Optional<Zone> zone = registry.zone(rack.zoneId()).filter(z -> z.storeId().equals(storeId) && !z.retired());
        if (zone.isEmpty()) {
            return SetupOutcome.invalid("problem.setup.device-zone", StoreSetup.cut(rack.zoneId()), storeId);
        }
        List<Variant> productVariants = variants.findByProductIdOrderBySizeOrderAscAndIdAsc(product.get().id());
        List<String> sizes;
        try {
            sizes = SizeRun.of(rack.sizes(), productVariants.stream().map(Variant::size).distinct().toList());
        } catch (IllegalArgumentException e) {
            return SetupOutcome.invalid("problem.setup.rack", e.getMessage());
        }
        String colour = colour(rack.colour(), productVariants);
        if (colour == null) {
            return SetupOutcome.invalid("problem.setup.rack-colour", StoreSetup.cut(rack.colour()),
                    String.join(", ", productVariants.stream().map(Variant::colour).filter(Objects::nonNull).distinct().toList()));
        }
        for (String id : ids) {
            Optional<DeviceOnboarding.DeviceState> other = devices.find(id);
            if (other.isPresent() && (!other.get().kind().equals("hanger") || !other.get().storeId().equals(storeId))) {
                return SetupOutcome.clash("problem.setup.device-taken", id, other.get().kind(), other.get().storeId());
            }
        }
        return new SetupOutcome.Done<>(write(who, storeId, ids, SizeRun.spread(sizes, ids.size()), product.get().id(), colour, rack.zoneId()));
    }

    private Dressed write(Operator who, String storeId, List<String> ids, List<String> sizes, String productId, String colour,
                          String zoneId) {
        List<Hanger> dressed = new ArrayList<>();
        int registered = 0;
        int changedCount = 0;
        List<Map<String, Object>> before = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Hanger now = new Hanger(ids.get(i), storeId, productId, sizes.get(i), colour, zoneId, null);
            Optional<Hanger> was = registry.hanger(ids.get(i));
            if (was.isEmpty()) {
                hangers.save(now);
                registered++;
            } else if (!was.get().equals(now)) {
                hangers.update(now);
                changedCount++;
                before.add(garment(was.get()));
            }
            dressed.add(now);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("hangers", ids.size() <= 20 ? ids : List.of(ids.get(0) + " … " + ids.get(ids.size() - 1) + " (" + ids.size() + ")"));
        after.put("product", productId);
        after.put("sizes", sizes.stream().distinct().toList());
        after.put("colour", colour);
        after.put("zone", zoneId);
        audit.record(who, storeId, "hanger", ids.size() == 1 ? ids.get(0) : ids.get(0) + ".." + ids.get(ids.size() - 1), "assigned",
                before.isEmpty() ? null : before.subList(0, Math.min(before.size(), 20)), after);
        changed.publishEvent(new SetupChanged(storeId));
        return new Dressed(dressed, registered, changedCount, ids.size() - registered - changedCount);
    }

    /** The colour asked, or the product's only one; {@code null} when the product has colours and none of them was asked. */
    private static String colour(@Nullable String asked, List<Variant> variants) {
        List<String> colours = variants.stream().map(Variant::colour).filter(Objects::nonNull).distinct().toList();
        if (asked == null || asked.isBlank()) {
            return colours.size() <= 1 ? (colours.isEmpty() ? "" : colours.get(0)) : null;
        }
        String trimmed = asked.trim();
        if (colours.isEmpty()) {
            return trimmed.length() <= 40 ? trimmed : null;
        }
        return colours.stream().filter(c -> c.equalsIgnoreCase(trimmed)).findFirst().orElse(null);
    }

    private static Map<String, Object> garment(Hanger h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hanger", h.id());
        m.put("product", h.productId());
        m.put("size", h.size());
        m.put("colour", h.colour());
        m.put("zone", h.zoneId());
        m.put("retired", h.retiredAt() != null);
        return m;
    }
}
