package io.lien.server.moments.application;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import io.lien.server.live.LiveStore;
import io.lien.server.live.model.GarmentsInHand;
import io.lien.server.moments.Moment;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.model.MomentTexts;
import io.lien.server.i18n.Phrase;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Product;
import io.lien.server.registry.Zone;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Moments about garments: lifted, taken to a fitting room, liked, help asked. */
final class HangerMoments {

    private final LiveStore live;
    private final DeviceRegistry registry;
    private final ClientDirectory clients;
    private final long carriedAfterMs;

    HangerMoments(LiveStore live, DeviceRegistry registry, ClientDirectory clients, long carriedAfterMs) {
        this.live = live;
        this.registry = registry;
        this.clients = clients;
        this.carriedAfterMs = carriedAfterMs;
    }

    /** A garment and what it is; unknown hangers say nothing. */
    private record Garment(Hanger hanger, Product product) {

        GarmentsInHand.Garment inHand() {
            return new GarmentsInHand.Garment(hanger.id(), product.id(), hanger.size(), hanger.zoneId());
        }
    }

    private Optional<Garment> garment(String hangerId) {
        return registry.hanger(hangerId).flatMap(h -> registry.product(h.productId()).map(p -> new Garment(h, p)));
    }

    List<Moment> lifted(String storeId, long ts, UplinkEvent.HangerLifted event, long signalId, ZoneId tz) {
        Optional<Garment> garment = garment(event.hangerId());
        if (garment.isEmpty()) {
            return List.of();
        }
        Garment g = garment.get();
        String rackZone = g.hanger().zoneId();
        GarmentsInHand.Lifted lifted = live.update(storeId,
                s -> s.garments().lift(g.inHand(), ts, signalId, z -> registry.isWithin(z, rackZone)));
        Optional<Client> client = Optional.ofNullable(lifted.clientId()).flatMap(clients::findConsenting);
        MomentTexts.Who who = client.map(MomentComposer::who).orElse(MomentTexts.Who.SOMEONE);
        Phrase text = MomentTexts.lift(who, g.product().id(), g.hanger().size(), rackZone);
        if (client.isPresent()) {
            text = text.plus(history(client.get(), g.product(), tz)).plus(approach(client));
        }
        return List.of(moment(storeId, ts, MomentKind.LIFT, text, client, rackZone, g));
    }

    void putBack(String storeId, long ts, UplinkEvent.HangerPutBack event) {
        live.update(storeId, s -> {
            s.garments().putBack(event.hangerId(), ts, event.liftedMs(), carriedAfterMs);
            return null;
        });
    }

    /** A reader saw a garment arrive or go; arriving in a fitting room, it is being tried on. */
    List<Moment> zoneChanged(String storeId, long ts, UplinkEvent.HangerZoneChanged event, long signalId) {
        Optional<Garment> garment = garment(event.hangerId());
        Optional<Zone> zone = registry.zone(event.zone());
        if (garment.isEmpty() || zone.isEmpty()) {
            return List.of();
        }
        boolean entered = event.change().equals("enter");
        String area = Objects.requireNonNullElse(zone.get().parentId(), zone.get().id());
        Optional<GarmentsInHand.Lifted> handling = live.update(storeId, s -> s.garments().seen(garment.get().inHand(),
                event.zone(), entered, zone.get().isFittingRoom(), ts, signalId, z -> registry.isWithin(z, area)));
        if (handling.isEmpty() || !zone.get().isFittingRoom()) {
            return List.of();
        }
        Optional<Client> client = Optional.ofNullable(handling.get().clientId()).flatMap(clients::findConsenting);
        Phrase text = MomentTexts.tryOn(client.map(MomentComposer::who).orElse(MomentTexts.Who.SOMEONE),
                garment.get().product().id(), garment.get().hanger().size(), event.zone()).plus(approach(client));
        return List.of(moment(storeId, ts, MomentKind.TRY_ON, text, client, event.zone(), garment.get()));
    }

    List<Moment> button(String storeId, long ts, UplinkEvent.HangerButtonPressed event) {
        Optional<Garment> garment = garment(event.hangerId());
        if (garment.isEmpty()) {
            return List.of();
        }
        String rackZone = garment.get().hanger().zoneId();
        Optional<Client> client = live.update(storeId, s -> s.garments().inHand(event.hangerId())
                        .map(l -> Optional.ofNullable(l.clientId()))
                        .orElseGet(() -> s.soleClientIn(z -> registry.isWithin(z, rackZone), ts)))
                .flatMap(clients::findConsenting);
        MomentTexts.Who who = client.map(MomentComposer::who).orElse(MomentTexts.Who.SOMEONE);
        boolean like = event.button().equals("like");
        Phrase text = (like ? MomentTexts.like(who, garment.get().product().id())
                : MomentTexts.help(who, garment.get().product().id(), rackZone)).plus(approach(client));
        return List.of(moment(storeId, ts, like ? MomentKind.LIKE : MomentKind.HELP, text, client, rackZone, garment.get()));
    }

    /** A past purchase from the same collection: the conversation starter behind the lift. */
    private Phrase history(Client client, Product lifted, ZoneId tz) {
        if (lifted.collection() == null) {
            return Phrase.none();
        }
        return clients.lastOrder(client.id(), e -> e.productId() != null && !e.productId().equals(lifted.id())
                        && registry.product(e.productId()).map(p -> lifted.collection().equals(p.collection())).orElse(false))
                .flatMap(e -> registry.product(e.productId()).map(p -> purchase(e, p)))
                .map(p -> MomentTexts.boughtBefore(MomentComposer.who(client), p, tz))
                .orElse(Phrase.none());
    }

    private static MomentTexts.Purchase purchase(ClientEvent e, Product p) {
        return new MomentTexts.Purchase(p.id(), e.channel().name(), e.ts());
    }

    private static Phrase approach(Optional<Client> client) {
        return MomentTexts.approachability(client.map(c -> c.approachability().code()).orElse(null));
    }

    private static Moment moment(String storeId, long ts, MomentKind kind, Phrase text, Optional<Client> client,
                                 String zoneId, Garment g) {
        return new Moment(null, storeId, ts, kind, text, client.map(Client::id).orElse(null),
                client.map(c -> c.approachability().code()).orElse(null), zoneId, g.hanger().id(), g.product().id(), null, null, null);
    }
}
