package io.lien.server.registry;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The registry in memory: every signal needs a lookup or two, and the registry changes rarely,
 * so it is read from the database at start and on every change, never per signal.
 */
@Singleton
public class DeviceRegistry {

    private record Snapshot(Map<String, Store> stores, Map<String, Zone> zones, Map<String, Product> products,
                            Map<String, Hanger> hangers, Map<String, Beacon> beacons, Map<String, Reader> readers,
                            Map<String, Fixture> fixtures, Map<String, DeviceSecret> secrets) {
    }

    private final StoreRepository stores;
    private final ZoneRepository zones;
    private final ProductRepository products;
    private final HangerRepository hangers;
    private final BeaconRepository beacons;
    private final ReaderRepository readers;
    private final FixtureRepository fixtures;
    private final DeviceSecretRepository secrets;
    private final NameRepositories.ProductNames productNames;
    private final NameRepositories.ZoneNames zoneNames;
    private final ApplicationEventPublisher<RegistryReloaded> reloads;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    DeviceRegistry(StoreRepository stores, ZoneRepository zones, ProductRepository products, HangerRepository hangers,
                   BeaconRepository beacons, ReaderRepository readers, FixtureRepository fixtures,
                   DeviceSecretRepository secrets, NameRepositories.ProductNames productNames,
                   NameRepositories.ZoneNames zoneNames, ApplicationEventPublisher<RegistryReloaded> reloads) {
        this.reloads = reloads;
        this.productNames = productNames;
        this.zoneNames = zoneNames;
        this.stores = stores;
        this.zones = zones;
        this.products = products;
        this.hangers = hangers;
        this.beacons = beacons;
        this.readers = readers;
        this.fixtures = fixtures;
        this.secrets = secrets;
    }

    public void reload() {
        Map<String, Names> zoneNamesById = names(zoneNames.findAll(), NameRow.ZoneName::zoneId, NameRow.ZoneName::language,
                NameRow.ZoneName::name);
        Map<String, Names> productNamesById = names(productNames.findAll(), NameRow.ProductName::productId,
                NameRow.ProductName::language, NameRow.ProductName::name);
        List<Zone> allZones = StreamSupport.stream(zones.findAll().spliterator(), false)
                .map(z -> new Zone(z.id(), z.storeId(), zoneNamesById.getOrDefault(z.id(), Names.of()), z.parentId(), z.kind(),
                        z.shape(), z.retiredAt() != null))
                .toList();
        List<Product> allProducts = StreamSupport.stream(products.findAll().spliterator(), false)
                .map(p -> new Product(p.id(), productNamesById.getOrDefault(p.id(), Names.of()), p.category(), p.collection(),
                        p.priceCents(), p.imageUrl(), p.retiredAt() != null))
                .toList();
        snapshot = new Snapshot(byId(stores.findAll(), Store::id), byId(allZones, Zone::id),
                byId(allProducts, Product::id), byId(hangers.findAll(), Hanger::id),
                byId(beacons.findAll(), Beacon::id), byId(readers.findAll(), Reader::id),
                byId(fixtures.findAll(), Fixture::id), byId(secrets.findAll(), DeviceSecret::deviceId));
        reloads.publishEvent(new RegistryReloaded());
    }

    /** Rows of names → each subject's names, in the order the rows came (their ids: the order they were given). */
    private static <T> Map<String, Names> names(Iterable<T> rows, Function<T, String> subject, Function<T, String> language,
                                                Function<T, String> name) {
        Map<String, Map<String, String>> bySubject = new java.util.LinkedHashMap<>();
        for (T row : rows) {
            bySubject.computeIfAbsent(subject.apply(row), k -> new java.util.LinkedHashMap<>()).put(language.apply(row), name.apply(row));
        }
        Map<String, Names> names = new java.util.HashMap<>();
        bySubject.forEach((id, byLanguage) -> names.put(id, new Names(byLanguage)));
        return names;
    }

    /** Writes zones with their names in every language given (the demo seed; the back office later). */
    public void saveZones(List<Zone> newZones) {
        for (Zone z : newZones) {
            zones.save(new ZoneRow(z.id(), z.storeId(), z.parentId(), z.kind(), z.shape(), null));
            z.names().byLanguage().forEach((language, name) -> zoneNames.save(new NameRow.ZoneName(null, z.id(), language, name)));
        }
    }

    /** Writes products with their names in every language given. */
    public void saveProducts(List<Product> newProducts) {
        for (Product p : newProducts) {
            products.save(new ProductRow(p.id(), p.category(), p.collection(), p.priceCents(), p.imageUrl(), null));
            p.names().byLanguage().forEach((language, name) -> productNames.save(new NameRow.ProductName(null, p.id(), language, name)));
        }
    }

    private static <T> Map<String, T> byId(Iterable<T> all, Function<T, String> id) {
        return StreamSupport.stream(all.spliterator(), false).collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    public List<Store> stores() {
        return snapshot.stores().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public Optional<Store> store(String id) {
        return Optional.ofNullable(snapshot.stores().get(id));
    }

    /** The store's time zone (days, hours and quiet hours are the store's); Paris for a store not known. */
    public ZoneId timeZone(String storeId) {
        return store(storeId).map(Store::timeZone).map(ZoneId::of).orElse(ZoneId.of("Europe/Paris"));
    }

    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(id == null ? null : snapshot.zones().get(id));
    }

    /** Every product of the catalogue. */
    public List<Product> products() {
        return List.copyOf(snapshot.products().values());
    }

    public Optional<Product> product(String id) {
        return Optional.ofNullable(snapshot.products().get(id));
    }

    public Optional<Hanger> hanger(String id) {
        return Optional.ofNullable(snapshot.hangers().get(id));
    }

    /** The store's hangers in service, in no order. */
    public List<Hanger> hangersOf(String storeId) {
        return snapshot.hangers().values().stream().filter(h -> h.storeId().equals(storeId) && h.retiredAt() == null).toList();
    }

    /** The store's zones, retired ones too (past visits went through them), by id. */
    public List<Zone> zonesOf(String storeId) {
        return snapshot.zones().values().stream().filter(z -> z.storeId().equals(storeId))
                .sorted(java.util.Comparator.comparing(Zone::id)).toList();
    }

    /** The store's beacons in service, in no order. */
    public List<Beacon> beaconsOf(String storeId) {
        return snapshot.beacons().values().stream().filter(b -> b.storeId().equals(storeId) && b.retiredAt() == null).toList();
    }

    /** The store's readers in service, in no order. */
    public List<Reader> readersOf(String storeId) {
        return snapshot.readers().values().stream().filter(r -> r.storeId().equals(storeId) && r.retiredAt() == null).toList();
    }

    /** The store's connected fixtures (mirrors, rack screens) in service, in no order. */
    public List<Fixture> fixturesOf(String storeId) {
        return snapshot.fixtures().values().stream().filter(f -> f.storeId().equals(storeId) && f.retiredAt() == null).toList();
    }

    public Optional<Beacon> beacon(String id) {
        return Optional.ofNullable(snapshot.beacons().get(id));
    }

    public Optional<Reader> reader(String id) {
        return Optional.ofNullable(snapshot.readers().get(id));
    }

    /** Whether a credential was ever issued for this device. */
    public boolean hasSecret(String deviceId) {
        return snapshot.secrets().containsKey(deviceId);
    }

    public Optional<Fixture> fixture(String id) {
        return Optional.ofNullable(snapshot.fixtures().get(id));
    }

    /** The zone itself and, for a fitting room, the fitting-rooms area around it. */
    public boolean isWithin(String zoneId, String areaId) {
        Optional<Zone> zone = zone(zoneId);
        return zone.isPresent() && (zone.get().id().equals(areaId) || areaId.equals(zone.get().parentId()));
    }

    /** Whether this device exists in this store. */
    public boolean hasDevice(String storeId, String deviceId) {
        return forGateways(storeId).knows(deviceId);
    }

    /** What a store's gateways need to know: the devices, the zones they cover, where beacons hang, credentials. */
    public StoreRegistry forGateways(String storeId) {
        Snapshot s = snapshot;
        Map<String, StoreRegistry.Point> positions = s.beacons().values().stream()
                .filter(b -> b.storeId().equals(storeId) && b.retiredAt() == null && b.xM() != null && b.yM() != null)
                .collect(Collectors.toMap(Beacon::id, b -> new StoreRegistry.Point(b.xM(), b.yM())));
        StoreRegistry devices = devices(s, storeId);
        Map<String, DeviceCredential> credentials = s.secrets().values().stream()
                .filter(c -> c.storeId().equals(storeId) && devices.knows(c.deviceId()))
                .collect(Collectors.toMap(DeviceSecret::deviceId, c -> new DeviceCredential(c.secretHash())));
        return devices.withBeaconPositions(positions).withCredentials(credentials);
    }

    private static StoreRegistry devices(Snapshot s, String storeId) {
        return new StoreRegistry(storeId,
                s.hangers().values().stream().filter(h -> h.storeId().equals(storeId) && h.retiredAt() == null)
                        .map(Hanger::id).collect(Collectors.toSet()),
                s.beacons().values().stream().filter(b -> b.storeId().equals(storeId) && b.retiredAt() == null)
                        .collect(Collectors.toMap(Beacon::id, Beacon::zoneId)),
                s.readers().values().stream().filter(r -> r.storeId().equals(storeId) && r.retiredAt() == null)
                        .collect(Collectors.toMap(Reader::id, Reader::zoneId)),
                s.fixtures().values().stream().filter(f -> f.storeId().equals(storeId) && f.retiredAt() == null)
                        .map(Fixture::id).collect(Collectors.toSet()));
    }
}
