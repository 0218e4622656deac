package io.lien.server.mqtt;

import io.lien.protocol.uplink.GatewayIdentity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Who may connect to the central broker and do what there (decision 0028), as plain rules the
 * embedded broker asks: a store gateway with its own credentials (user name and client id
 * {@code gateway@store}), publishing only its own events and reading only its store's registry and
 * displays; the server's own identity (only with its configured password) for everything. Anybody
 * else is refused. An external broker gets the same rules in its ACL (MosquittoFiles).
 */
public final class CentralBrokerAccess {

    /** Checks a gateway's password against what the server issued it. */
    public interface GatewayLogins {
        boolean check(GatewayIdentity gateway, byte[] password);
    }

    /** What a connection attempt came to. */
    public sealed interface Login permits Server, Gateway, Refused {
        default boolean mayPublish(String topic) {
            return false;
        }

        default boolean maySubscribe(String filter) {
            return false;
        }
    }

    /** The server itself (or an operator's tool holding its password): everything. */
    public record Server() implements Login {
        @Override
        public boolean mayPublish(String topic) {
            return true;
        }

        @Override
        public boolean maySubscribe(String filter) {
            return true;
        }
    }

    public record Gateway(GatewayIdentity identity) implements Login {
        @Override
        public boolean mayPublish(String topic) {
            return identity.mayPublish(topic);
        }

        @Override
        public boolean maySubscribe(String filter) {
            return identity.maySubscribe(filter);
        }
    }

    /** {@code reason} is what the refusal is counted as: anonymous, not-a-gateway, bad-credentials, wrong-client-id. */
    public record Refused(String reason) implements Login {
    }

    private final String serverClientId;
    private final String serverUsername;
    private final byte[] serverPassword;
    private final byte[] processSecret;
    private final GatewayLogins gateways;

    /**
     * @param serverPassword the server identity's password; empty: nobody may connect as the server from outside
     * @param processSecret  a secret made at each start that never leaves the process: the server's own downlink
     *                       connection ({@link #downlinkClientId}) signs in with it
     */
    public CentralBrokerAccess(String serverClientId, String serverUsername, String serverPassword, byte[] processSecret,
                               GatewayLogins gateways) {
        this.serverClientId = serverClientId;
        this.serverUsername = serverUsername;
        this.serverPassword = serverPassword == null ? new byte[0] : serverPassword.getBytes(StandardCharsets.UTF_8);
        this.processSecret = processSecret.clone();
        this.gateways = gateways;
    }

    /** The client id of the server's own connection for registries and displays (Downlink). */
    public static String downlinkClientId(String serverClientId) {
        return serverClientId + "-downlink";
    }

    public Login login(String clientId, Optional<String> username, Optional<byte[]> password) {
        if (username.isEmpty() || password.isEmpty()) {
            return new Refused("anonymous");
        }
        String user = username.get();
        String downlink = downlinkClientId(serverClientId);
        if (user.equals(serverUsername) || clientId.equals(serverClientId) || clientId.equals(downlink)) {
            boolean ok = user.equals(serverUsername) && (clientId.equals(serverClientId) && serverPassword.length > 0
                    && MessageDigest.isEqual(serverPassword, password.get())
                    || clientId.equals(downlink) && MessageDigest.isEqual(processSecret, password.get()));
            return ok ? new Server() : new Refused("bad-credentials");
        }
        Optional<GatewayIdentity> gateway = GatewayIdentity.parse(user);
        if (gateway.isEmpty()) {
            return new Refused("not-a-gateway");
        }
        if (!gateways.check(gateway.get(), password.get())) {
            return new Refused("bad-credentials");
        }
        // its own name as client id: borrowing another's would take over that gateway's session
        return clientId.equals(gateway.get().name()) ? new Gateway(gateway.get()) : new Refused("wrong-client-id");
    }
}
