package io.lien.server.demo;

import io.lien.server.displays.FixturePassRepository;
import io.lien.server.displays.application.FixturePasses;
import io.lien.server.security.PasswordHasher;
import io.lien.server.clients.AppInstallRepository;
import io.lien.server.clients.ClientEventRepository;
import io.lien.server.clients.ClientRepository;
import io.lien.server.clients.ImportantDateRepository;
import io.lien.server.clients.RelationshipRepository;
import io.lien.server.community.ProductFeedbackRepository;
import io.lien.server.followups.FollowUpRepository;
import io.lien.server.consent.ConsentChangeRepository;
import io.lien.server.shoppers.ShopperLoginRepository;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.server.registry.BeaconRepository;
import io.lien.server.registry.DeviceSecret;
import io.lien.server.registry.DeviceSecretRepository;
import io.lien.server.registry.GatewaySecret;
import io.lien.server.registry.GatewaySecretRepository;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.server.registry.FixtureRepository;
import io.lien.server.registry.HangerRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.ReaderRepository;
import io.lien.server.registry.Store;
import io.lien.server.registry.StoreRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the demo store into an empty database. */
@Singleton
public class DemoStore {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStore.class);
    public static final String PASSWORD = "lien-demo";

    private final StoreRepository stores;
    private final DeviceRegistry registry;
    private final HangerRepository hangers;
    private final BeaconRepository beacons;
    private final ReaderRepository readers;
    private final FixtureRepository fixtures;
    private final DemoAdvisors advisors;
    private final ClientRepository clients;
    private final AppInstallRepository installs;
    private final ClientEventRepository history;
    private final DeviceSecretRepository secrets;
    private final ConsentChangeRepository consents;
    private final ShopperLoginRepository shopperLogins;
    private final ImportantDateRepository dates;
    private final RelationshipRepository relationships;
    private final ProductFeedbackRepository feedback;
    private final FollowUpRepository followUps;
    private final DemoStock stock;
    private final FixturePassRepository screenPasses;
    private final GatewaySecretRepository gatewaySecrets;

    /**
     * The demo store's gateway: it signs in to the central broker with a well-known secret
     * ({@link DeviceCredential#demoSecret} of its id), as the demo's devices do. Never in a real store.
     */
    public static final String GATEWAY = "gw-demo-1";

    DemoStore(StoreRepository stores, DeviceRegistry registry, HangerRepository hangers,
              BeaconRepository beacons, ReaderRepository readers, FixtureRepository fixtures, DemoAdvisors advisors,
              ClientRepository clients, AppInstallRepository installs, ClientEventRepository history,
              DeviceSecretRepository secrets, ConsentChangeRepository consents, ShopperLoginRepository shopperLogins,
              ImportantDateRepository dates, RelationshipRepository relationships, ProductFeedbackRepository feedback,
              FollowUpRepository followUps, DemoStock stock, FixturePassRepository screenPasses,
              GatewaySecretRepository gatewaySecrets) {
        this.gatewaySecrets = gatewaySecrets;
        this.screenPasses = screenPasses;
        this.stock = stock;
        this.feedback = feedback;
        this.followUps = followUps;
        this.stores = stores;
        this.registry = registry;
        this.hangers = hangers;
        this.beacons = beacons;
        this.readers = readers;
        this.fixtures = fixtures;
        this.advisors = advisors;
        this.clients = clients;
        this.installs = installs;
        this.history = history;
        this.secrets = secrets;
        this.consents = consents;
        this.shopperLogins = shopperLogins;
        this.dates = dates;
        this.relationships = relationships;
    }

    /**
     * The demo gateway's well-known credentials, when the demo store has none (a data folder made before
     * gateways signed in); a revoked one stays revoked.
     */
    @Transactional
    public void ensureGateway(String storeId) {
        GatewayIdentity gateway = new GatewayIdentity(storeId, GATEWAY);
        if (stores.existsById(storeId) && !gatewaySecrets.existsById(gateway.name())) {
            gatewaySecrets.save(GatewaySecret.issue(gateway, DeviceCredential.demoSecret(GATEWAY), System.currentTimeMillis(), "demo-seed"));
        }
    }

    @Transactional
    public boolean seedIfEmpty(String storeId) {
        if (stores.existsById(storeId) || stores.count() > 0) {
            return false;
        }
        long now = System.currentTimeMillis();
        stores.save(new Store(storeId, "Lien Démo — Le Marais", "Paris", "Europe/Paris", "fr"));
        registry.saveZones(DemoCatalogue.zones(storeId));
        registry.saveProducts(DemoCatalogue.products());
        hangers.saveAll(DemoCatalogue.hangers(storeId));
        beacons.saveAll(DemoCatalogue.beacons(storeId));
        readers.saveAll(DemoCatalogue.readers(storeId));
        fixtures.saveAll(DemoCatalogue.fixtures(storeId));
        secrets.saveAll(DemoCatalogue.deviceIds(storeId).stream().map(id -> new DeviceSecret(id, storeId,
                DeviceCredential.of(DeviceCredential.demoSecret(id)).text(), now, "demo-seed")).toList());
        gatewaySecrets.save(GatewaySecret.issue(new GatewayIdentity(storeId, GATEWAY), DeviceCredential.demoSecret(GATEWAY), now,
                "demo-seed"));
        DemoCatalogue.fixtures(storeId).forEach(f -> screenPasses.save(
                FixturePasses.row(storeId, f.id(), FixturePasses.DEMO_SECRET, "demo-seed", now)));
        String hash = PasswordHasher.hash(PASSWORD);
        advisors.seed(storeId, hash);
        clients.saveAll(DemoClients.clients(now));
        installs.saveAll(DemoClients.installs());
        history.saveAll(DemoClients.history(now, storeId));
        consents.saveAll(DemoClients.consents(now));
        shopperLogins.saveAll(DemoClients.shopperLogins(hash));
        dates.saveAll(DemoClients.importantDates(now));
        relationships.saveAll(DemoClients.relationships(now));
        feedback.saveAll(DemoClients.feedback(now));
        followUps.saveAll(DemoClients.followUps(now, storeId));
        stock.seed(storeId, DemoAdvisors.secondStore(storeId));
        LOG.info("Demo store '{}' written: 40 hangers, 6 beacons, 2 readers, 1 mirror, 5 clients (Camille, Sophie and Hugo sign in as shoppers), advisors lea and marc (Marc also manages {}), head office ines",
                storeId, DemoAdvisors.secondStore(storeId));
        return true;
    }
}
