package io.lien.server.registry;

import jakarta.inject.Singleton;

/**
 * Writes zones with their names by language (rows of {@code zone_name}) and a product's retirement, in the
 * caller's transaction; the back office calls it, then the registry is read again once the change is committed.
 */
@Singleton
public class RegistryWrites {

    private final ZoneRepository zones;
    private final NameRepositories.ZoneNames zoneNames;
    private final ProductRepository products;

    RegistryWrites(ZoneRepository zones, NameRepositories.ZoneNames zoneNames, ProductRepository products) {
        this.zones = zones;
        this.zoneNames = zoneNames;
        this.products = products;
    }

    /** Takes a product out of the catalogue ({@code retiredAt}) or brings it back ({@code null}); its rows stay (orders name it). */
    public void retireProduct(String productId, Long retiredAt) {
        products.findById(productId).ifPresent(p -> products.update(new ProductRow(p.id(), p.category(), p.collection(), p.priceCents(),
                p.imageUrl(), retiredAt)));
    }

    /** Creates the zone or replaces what it was: kind, parent, shape, and its names in every language given. */
    public void writeZone(Zone zone) {
        ZoneRow row = new ZoneRow(zone.id(), zone.storeId(), zone.parentId(), zone.kind(), zone.shape(), zone.retired() ? System.currentTimeMillis() : null);
        if (zones.existsById(zone.id())) {
            zones.update(row);
            zoneNames.deleteByZoneId(zone.id());
        } else {
            zones.save(row);
        }
        zone.names().byLanguage().forEach((language, name) -> zoneNames.save(new NameRow.ZoneName(null, zone.id(), language, name)));
    }
}
