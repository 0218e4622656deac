package io.lien.server.setup.application;

import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.GatewayIdentity;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.GatewayCredentialsChanged;
import io.lien.server.registry.GatewaySecret;
import io.lien.server.registry.GatewaySecretRepository;
import io.lien.server.security.Operator;
import io.lien.server.security.Roles;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A store's gateways on the central broker (decision 0028): credentials issued (the secret shown once,
 * kept as hashes), issued again to rotate them (the old secret stops at once, the gateway's connection is
 * closed), revoked (it can no longer sign in). Every change is audited with the rest of the back office.
 */
@Singleton
public class GatewayEnrolment {

    /** A gateway as the back office lists it; {@code revokedAt} set when it may no longer sign in. */
    public record GatewayState(String gatewayId, String name, long issuedAt, String issuedBy, @Nullable Long revokedAt) {
        Map<String, Object> audited() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("gateway", gatewayId);
            m.put("issuedAt", issuedAt);
            m.put("revoked", revokedAt != null);
            return m;
        }
    }

    /** New credentials: {@code secret} is shown once and kept nowhere. */
    public record IssuedGateway(GatewayState gateway, String username, String secret, boolean rotated) {
    }

    private final DeviceRegistry registry;
    private final GatewaySecretRepository secrets;
    private final SetupAudit audit;
    private final ApplicationEventPublisher<GatewayCredentialsChanged> changed;
    private final Clock clock = Clock.systemUTC();

    GatewayEnrolment(DeviceRegistry registry, GatewaySecretRepository secrets, SetupAudit audit,
                     ApplicationEventPublisher<GatewayCredentialsChanged> changed) {
        this.registry = registry;
        this.secrets = secrets;
        this.audit = audit;
        this.changed = changed;
    }

    /** Issues a gateway's credentials, or new ones (a rotation) when it has some. */
    @Transactional
    public SetupOutcome<IssuedGateway> issue(Operator who, String storeId, String gatewayId) {
        if (registry.store(storeId).isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-store", StoreSetup.cut(storeId));
        }
        if (gatewayId == null || !gatewayId.matches(StoreSetup.ID)) {
            return SetupOutcome.invalid("problem.setup.gateway-id", StoreSetup.cut(gatewayId));
        }
        GatewayIdentity identity = new GatewayIdentity(storeId, gatewayId);
        Optional<GatewaySecret> before = secrets.findById(identity.name());
        String secret = DeviceCredential.newSecret();
        GatewaySecret row = GatewaySecret.issue(identity, secret, clock.millis(), who.username());
        if (before.isPresent()) {
            secrets.update(row);
        } else {
            secrets.save(row);
        }
        GatewayState after = state(row);
        audit.record(who, storeId, "gateway", gatewayId, before.isEmpty() ? "created" : "rotated",
                before.map(b -> state(b).audited()).orElse(null), after.audited());
        changed.publishEvent(new GatewayCredentialsChanged(identity));
        return new SetupOutcome.Done<>(new IssuedGateway(after, identity.name(), secret, before.isPresent()));
    }

    /**
     * Credentials issued by one of Lien's own tools ({@code tool}: the demo's history loader, a benchmark, a
     * test) acting as head office; the secret, or an exception saying why not.
     */
    public String issueFor(String tool, String storeId, String gatewayId) {
        SetupOutcome<IssuedGateway> outcome = issue(new Operator(tool, tool, Roles.ADMIN, null), storeId, gatewayId);
        if (outcome instanceof SetupOutcome.Done<IssuedGateway> done) {
            return done.value().secret();
        }
        throw new IllegalStateException("gateway " + gatewayId + " of store " + storeId + ": " + outcome);
    }

    /** Takes a gateway's credentials away: its connection is closed and it cannot sign in again. */
    @Transactional
    public SetupOutcome<GatewayState> revoke(Operator who, String storeId, String gatewayId) {
        Optional<GatewaySecret> found = Optional.ofNullable(gatewayId).filter(id -> id.matches(StoreSetup.ID))
                .filter(id -> storeId != null && storeId.matches(StoreSetup.ID))
                .flatMap(id -> secrets.findById(new GatewayIdentity(storeId, id).name())).filter(s -> !s.revoked());
        if (found.isEmpty()) {
            return SetupOutcome.unknown("problem.setup.no-gateway", StoreSetup.cut(storeId), StoreSetup.cut(gatewayId));
        }
        GatewaySecret s = found.get();
        GatewaySecret revoked = new GatewaySecret(s.name(), s.storeId(), s.gatewayId(), s.secretHash(), s.brokerHash(), s.issuedAt(),
                s.issuedBy(), clock.millis(), null);
        secrets.update(revoked);
        audit.record(who, storeId, "gateway", gatewayId, "revoked", state(s).audited(), state(revoked).audited());
        changed.publishEvent(new GatewayCredentialsChanged(s.identity()));
        return new SetupOutcome.Done<>(state(revoked));
    }

    /** The store's gateways, revoked ones too (they say why a box stopped sending). */
    public List<GatewayState> of(String storeId) {
        return secrets.findByStoreIdOrderByGatewayId(storeId).stream().map(GatewayEnrolment::state).toList();
    }

    private static GatewayState state(GatewaySecret s) {
        return new GatewayState(s.gatewayId(), s.name(), s.issuedAt(), s.issuedBy(), s.revokedAt());
    }
}
