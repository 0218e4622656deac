package io.lien.server.displays.application;

import io.lien.server.displays.FixturePass;
import io.lien.server.displays.FixturePassRepository;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Fixture;
import io.lien.server.security.Digests;
import io.lien.server.security.FixtureDevice;
import io.lien.server.security.FixturePassCheck;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passes for fixture screens: {@code fixtureId.secret} (160 random bits), shown once to the manager
 * who sets the screen up, kept only as a SHA-256. Issuing again replaces it: the old screen is
 * signed out at its next request. A check costs a hash and, the first time, one read.
 */
@Singleton
public class FixturePasses implements FixturePassCheck {

    private static final Logger LOG = LoggerFactory.getLogger(FixturePasses.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The demo store's mirror's secret, well known like its devices' (docs/fixtures.md); never in a real store. */
    public static final String DEMO_SECRET = "lien-demo-screen";

    /** What issuing a pass came to. */
    public sealed interface Outcome {
        /** {@code pass} is shown once and never stored. */
        record Issued(String fixtureId, String pass, long issuedAt) implements Outcome {
        }

        record UnknownFixture(String storeId, String fixtureId) implements Outcome {
        }
    }

    private final FixturePassRepository passes;
    private final DeviceRegistry registry;
    private final Map<String, Optional<FixtureDevice>> checked = new ConcurrentHashMap<>();

    FixturePasses(FixturePassRepository passes, DeviceRegistry registry) {
        this.passes = passes;
        this.registry = registry;
    }

    public Outcome issue(String storeId, String fixtureId, String issuedBy) {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return issue(storeId, fixtureId, Base64.getUrlEncoder().withoutPadding().encodeToString(secret), issuedBy);
    }

    /** With a given secret: the demo's mirror uses a well-known one (docs/fixtures.md). */
    public Outcome issue(String storeId, String fixtureId, String secret, String issuedBy) {
        Optional<Fixture> fixture = registry.fixture(fixtureId).filter(f -> f.storeId().equals(storeId) && f.retiredAt() == null);
        if (fixture.isEmpty()) {
            return new Outcome.UnknownFixture(storeId, fixtureId);
        }
        String pass = fixtureId + "." + secret;
        long now = System.currentTimeMillis();
        FixturePass row = row(storeId, fixtureId, secret, issuedBy, now);
        if (passes.existsById(fixtureId)) {
            passes.update(row);
        } else {
            passes.save(row);
        }
        checked.clear();
        LOG.info("Screen pass issued for fixture {} of store {} by {}", fixtureId, storeId, issuedBy);
        return new Outcome.Issued(fixtureId, pass, now);
    }

    /** A fixture retired, a pass dropped: what was checked before is checked again. */
    @io.micronaut.runtime.event.annotation.EventListener
    void onRegistryReloaded(io.lien.server.registry.RegistryReloaded reloaded) {
        checked.clear();
    }

    /** The pass row for a secret chosen by the caller: the demo seed writes its mirror's before the registry is read. */
    public static FixturePass row(String storeId, String fixtureId, String secret, String issuedBy, long at) {
        return new FixturePass(fixtureId, storeId, Digests.sha256Hex(fixtureId + "." + secret), at, issuedBy);
    }

    @Override
    public Optional<FixtureDevice> check(String pass) {
        if (pass.indexOf('.') < 1) {
            return Optional.empty();
        }
        String hash = Digests.sha256Hex(pass);
        if (checked.size() > 10_000) {
            checked.clear(); // guesses must not fill the memory
        }
        return checked.computeIfAbsent(hash, h -> passes.findByPassHash(h)
                .filter(p -> registry.fixture(p.fixtureId()).filter(f -> f.retiredAt() == null).isPresent())
                .map(p -> new FixtureDevice(p.fixtureId(), p.storeId())));
    }
}
