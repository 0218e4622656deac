package io.lien.gateway.lan;

import io.lien.protocol.Ids;
import io.lien.protocol.ProtocolViolation;
import io.lien.protocol.RejectReason;
import io.lien.protocol.device.DeviceChannel;
import io.lien.protocol.device.DeviceTopic;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.protocol.uplink.StoreRegistry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may connect to the store broker, and where each client may publish and subscribe
 * (decision 0008). A device connects with client id = its device id and its password, checked
 * against the credential in the server's registry, and may publish only on its own topics and
 * subscribe only to its own display. A shopper app connects as user {@value #APP_USER} with its
 * install id and may publish only its own sightings: installs are anonymous and not in any
 * registry. The gateway itself connects as {@value #GATEWAY_USER} with a secret made at start.
 */
public final class DeviceAccess {

    public static final String APP_USER = "app";
    public static final String GATEWAY_USER = "lien-gateway";

    public enum Role { DEVICE, APP, GATEWAY }

    /** The answer to a connect, publish or subscribe. */
    public sealed interface Decision permits Allowed, Refused {
    }

    public record Allowed(Role role) implements Decision {
    }

    public record Refused(RejectReason reason, String detail) implements Decision {
    }

    private final byte[] gatewaySecret;
    private volatile StoreRegistry registry;

    public DeviceAccess(StoreRegistry registry, String gatewaySecret) {
        this.registry = registry;
        this.gatewaySecret = gatewaySecret.getBytes(StandardCharsets.UTF_8);
    }

    public void update(StoreRegistry newRegistry) {
        this.registry = newRegistry;
    }

    /**
     * @param userName may be {@code null}
     * @param password may be {@code null}
     */
    public Decision connect(String clientId, String userName, byte[] password) {
        if (GATEWAY_USER.equals(userName)) {
            return password != null && MessageDigest.isEqual(gatewaySecret, password)
                    ? new Allowed(Role.GATEWAY) : new Refused(RejectReason.BAD_CREDENTIALS, "wrong gateway secret");
        }
        if (!Ids.isValid(clientId)) {
            return new Refused(RejectReason.BAD_ID, "client id must match [A-Za-z0-9_-]{1,32}");
        }
        StoreRegistry current = registry;
        if (APP_USER.equals(userName)) {
            return current.knows(clientId)
                    ? new Refused(RejectReason.SPOOFED, "an app install may not use a device's id")
                    : new Allowed(Role.APP);
        }
        if (!current.knows(clientId)) {
            return new Refused(RejectReason.UNKNOWN_DEVICE, "not in the registry of store " + current.storeId());
        }
        if (userName != null && !userName.isEmpty() && !userName.equals(clientId)) {
            return new Refused(RejectReason.SPOOFED, "user name differs from the client id");
        }
        DeviceCredential credential = current.credentials().get(clientId);
        if (credential == null) {
            return new Refused(RejectReason.BAD_CREDENTIALS, "no password was issued for this device");
        }
        return password != null && credential.matches(password)
                ? new Allowed(Role.DEVICE) : new Refused(RejectReason.BAD_CREDENTIALS, "wrong password");
    }

    public Decision publish(String clientId, Role role, String topic) {
        if (role == Role.GATEWAY) {
            return new Allowed(role);
        }
        DeviceTopic parsed;
        try {
            parsed = DeviceTopic.parse(topic);
        } catch (ProtocolViolation e) {
            return new Refused(e.reason(), e.getMessage());
        }
        if (parsed.channel().direction() != DeviceChannel.Direction.UP || !parsed.deviceId().equals(clientId)) {
            return new Refused(RejectReason.SPOOFED, "may not publish on " + parsed.topic());
        }
        boolean appTopic = parsed.channel() == DeviceChannel.APP_SIGHTINGS;
        if (role == Role.APP) {
            return appTopic ? new Allowed(role) : new Refused(RejectReason.SPOOFED, "an app may only send its sightings");
        }
        String kind = registry.kindOf(clientId);
        if (kind == null) {
            return new Refused(RejectReason.UNKNOWN_DEVICE, "no longer in the registry");
        }
        return !appTopic && parsed.channel().prefix().equals("dev/" + kind)
                ? new Allowed(role) : new Refused(RejectReason.SPOOFED, "a " + kind + " may not publish on " + parsed.topic());
    }

    public Decision subscribe(String clientId, Role role, String topicFilter) {
        if (role == Role.GATEWAY) {
            return new Allowed(role);
        }
        String kind = registry.kindOf(clientId);
        boolean ownDisplay = role == Role.DEVICE && kind != null
                && topicFilter.equals("dev/" + kind + "/" + clientId + "/display");
        return ownDisplay ? new Allowed(role) : new Refused(RejectReason.SPOOFED, "may not subscribe to " + topicFilter);
    }
}
