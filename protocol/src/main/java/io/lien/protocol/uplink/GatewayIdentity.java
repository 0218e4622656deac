package io.lien.protocol.uplink;

import io.lien.protocol.Ids;

import java.util.Optional;

/**
 * Who a store gateway is on the central broker, and what it may do there (decision 0028). Its MQTT
 * user name and client id are both {@code gatewayId@storeId}: one name per gateway, so no gateway
 * can take over another's session by borrowing its client id. It may publish only under its own
 * {@code lien/v1/stores/{store}/gateways/{itself}/…}, and subscribe only to its store's registry
 * and displays. The same rules are enforced by the embedded broker and written into an external
 * broker's ACL, so they live here once.
 */
public record GatewayIdentity(String storeId, String gatewayId) {

    public GatewayIdentity {
        Ids.require(storeId, "store id");
        Ids.require(gatewayId, "gateway id");
    }

    /** The gateway's MQTT user name and client id. */
    public String name() {
        return gatewayId + "@" + storeId;
    }

    /** The identity a user name names, or empty when it is not a gateway's. */
    public static Optional<GatewayIdentity> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int at = name.indexOf('@');
        if (at < 0 || at != name.lastIndexOf('@')) {
            return Optional.empty();
        }
        String gateway = name.substring(0, at);
        String store = name.substring(at + 1);
        return Ids.isValid(gateway) && Ids.isValid(store) ? Optional.of(new GatewayIdentity(store, gateway)) : Optional.empty();
    }

    /** Everything this gateway may publish on: its own branch (events today, more kinds later). */
    public String publishFilter() {
        return UplinkTopics.ROOT + storeId + "/gateways/" + gatewayId + "/#";
    }

    /** The subscriptions it may make, exactly: its store's registry and every display of its store. */
    public java.util.List<String> subscribeFilters() {
        return java.util.List.of(UplinkTopics.registry(storeId), UplinkTopics.displays(storeId));
    }

    /** Whether it may publish on {@code topic} (a topic name, never a filter). */
    public boolean mayPublish(String topic) {
        String own = UplinkTopics.ROOT + storeId + "/gateways/" + gatewayId + "/";
        return topic != null && topic.startsWith(own) && topic.length() > own.length()
                && topic.indexOf('+') < 0 && topic.indexOf('#') < 0;
    }

    /**
     * Whether it may subscribe with {@code filter}: only the exact filters it needs, so that no
     * wildcard ({@code lien/#}, {@code +/registry}) and no shared subscription reaches another store.
     */
    public boolean maySubscribe(String filter) {
        if (filter == null) {
            return false;
        }
        return subscribeFilters().contains(filter) || UplinkTopics.isDisplay(storeId, filter);
    }
}
