package io.lien.server.demo;

import io.lien.server.security.Roles;
import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.advisors.AdvisorStore;
import io.lien.server.advisors.AdvisorStoreRepository;
import io.lien.server.registry.Store;
import io.lien.server.registry.StoreRepository;
import jakarta.inject.Singleton;

/**
 * The demo's people: Léa advises in the demo store; Marc manages it and a second shop, in Lyon (a
 * store with no devices yet), so the tablet asks him which store at sign-in. Inès is head office: she opens
 * stores, imports the catalogue and invites managers (the back office).
 */
@Singleton
class DemoAdvisors {

    private final AdvisorRepository advisors;
    private final AdvisorStoreRepository advisorStores;
    private final StoreRepository stores;

    DemoAdvisors(AdvisorRepository advisors, AdvisorStoreRepository advisorStores, StoreRepository stores) {
        this.advisors = advisors;
        this.advisorStores = advisorStores;
        this.stores = stores;
    }

    static String secondStore(String storeId) {
        return storeId + "-lyon";
    }

    void seed(String storeId, String passwordHash) {
        advisors.save(new Advisor("lea", "Léa Dubois", passwordHash, Roles.ADVISOR, storeId));
        advisors.save(new Advisor("marc", "Marc Lefèvre", passwordHash, Roles.MANAGER, storeId));
        advisors.save(new Advisor("ines", "Inès Garnier", passwordHash, Roles.ADMIN, null));
        stores.save(new Store(secondStore(storeId), "Lien Démo — Lyon Presqu'île", "Lyon", "Europe/Paris", "fr"));
        advisorStores.save(new AdvisorStore(null, "marc", secondStore(storeId)));
    }
}
