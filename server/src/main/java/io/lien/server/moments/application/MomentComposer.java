package io.lien.server.moments.application;

import io.lien.server.settings.VisitSettings;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.live.LiveStore;
import io.lien.server.live.model.StoreLiveState;
import io.lien.server.moments.Moment;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.model.MomentTexts;
import io.lien.server.moments.model.MomentTexts.Who;
import io.lien.server.i18n.Phrase;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Product;
import io.lien.server.registry.Store;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a clean store event to the live state and says, in a sentence, what an advisor should
 * know about it. Attribution follows the evidence (see {@link io.lien.server.live}); a client is
 * named only with presence consent.
 */
@Singleton
public class MomentComposer {

    static final int LOW_BATTERY = 20;

    private final LiveStore live;
    private final DeviceRegistry registry;
    private final ClientDirectory clients;
    private final HangerMoments hangers;
    private final long momentMaxAgeMs;

    MomentComposer(LiveStore live, DeviceRegistry registry, ClientDirectory clients,
                   VisitSettings settings, io.lien.server.settings.LiveSettings liveSettings) {
        this.momentMaxAgeMs = liveSettings.momentMaxAge().toMillis();
        this.live = live;
        this.registry = registry;
        this.clients = clients;
        this.hangers = new HangerMoments(live, registry, clients, Duration.ofSeconds(settings.carriedAfterSeconds()).toMillis());
    }

    /**
     * Applies the event stored as signal {@code signalId} to the live state.
     * @return its moments and the visit facts it produced, to be stored with the signal
     */
    public Composition compose(UplinkEnvelope envelope, long signalId) {
        List<Moment> moments = moments(envelope, signalId);
        if (System.currentTimeMillis() - envelope.ts() > momentMaxAgeMs) {
            // the live state took the event in; an advisor cannot act on something this old
            moments = List.of();
        }
        return new Composition(moments, live.update(envelope.storeId(), StoreLiveState::drainFacts), adviceAsked(envelope, moments));
    }

    /**
     * A call for an advisor from a fixture, attributed to a recognised client (alone in the
     * fixture's zone, with presence consent), is that client saying "I'd like advice" now.
     */
    private static List<Composition.AdviceAsked> adviceAsked(UplinkEnvelope envelope, List<Moment> moments) {
        if (!(envelope.event() instanceof UplinkEvent.FixtureTapped f)) {
            return List.of();
        }
        return moments.stream().filter(m -> m.kind() == MomentKind.ADVISOR_CALL && m.clientId() != null)
                .map(m -> new Composition.AdviceAsked(m.clientId(), f.fixtureId())).toList();
    }

    private List<Moment> moments(UplinkEnvelope envelope, long signalId) {
        String storeId = envelope.storeId();
        UplinkEvent event = envelope.event();
        long ts = envelope.ts();
        if (event instanceof UplinkEvent.ShopperPresence p) {
            return presence(storeId, ts, p, signalId);
        }
        if (event instanceof UplinkEvent.HangerLifted l) {
            return hangers.lifted(storeId, ts, l, signalId, timeZone(storeId));
        }
        if (event instanceof UplinkEvent.HangerPutBack b) {
            hangers.putBack(storeId, ts, b);
            return List.of();
        }
        if (event instanceof UplinkEvent.HangerZoneChanged z) {
            return hangers.zoneChanged(storeId, ts, z, signalId);
        }
        if (event instanceof UplinkEvent.HangerButtonPressed b) {
            return hangers.button(storeId, ts, b);
        }
        if (event instanceof UplinkEvent.FixtureTapped f) {
            return fixture(storeId, ts, f);
        }
        if (event instanceof UplinkEvent.DeviceHealth h) {
            // back and rebooted are kept as signals; only a silence needs someone to look
            return h.state().equals("silent")
                    ? List.of(deviceAlert(storeId, ts, MomentTexts.silent(h.kind(), h.deviceId(), h.silentMs())))
                    : List.of();
        }
        UplinkEvent.DeviceStatus d = (UplinkEvent.DeviceStatus) event;
        if (d.battery() >= LOW_BATTERY) {
            return List.of();
        }
        return List.of(deviceAlert(storeId, ts, MomentTexts.lowBattery(d.kind(), d.deviceId(), d.battery())));
    }

    private static Moment deviceAlert(String storeId, long ts, Phrase text) {
        return new Moment(null, storeId, ts, MomentKind.DEVICE_ALERT, text, null, null, null, null, null, null, null, null);
    }

    private List<Moment> presence(String storeId, long ts, UplinkEvent.ShopperPresence p, long signalId) {
        Optional<Client> client = clients.identify(p.installId());
        String clientId = client.map(Client::id).orElse(null);
        long at = ts - p.agoMs(); // the gateway dated the move before it could report it
        boolean arrived = live.update(storeId, s -> s.presence(p.installId(), p.zone(), p.change(), at, clientId, signalId,
                p.confidence(), ts)).isEmpty() && !p.change().equals("leave");
        if (!arrived || client.isEmpty()) {
            return List.of();
        }
        Client c = client.get();
        Phrase text = MomentTexts.arrival(who(c)).plus(MomentTexts.approachability(c.approachability().code()));
        return List.of(new Moment(null, storeId, ts, MomentKind.ARRIVAL, text, c.id(),
                c.approachability().code(), p.zone(), null, null, null, null, null));
    }

    private List<Moment> fixture(String storeId, long ts, UplinkEvent.FixtureTapped f) {
        String zoneId = registry.fixture(f.fixtureId()).map(x -> x.zoneId()).orElse(null);
        Optional<Client> client = live.update(storeId, s -> s.soleClientIn(z -> registry.isWithin(z, zoneId), ts))
                .flatMap(clients::find);
        Who who = client.map(MomentComposer::who).orElse(Who.SOMEONE);
        Optional<Hanger> hanger = Optional.ofNullable(f.hangerId()).flatMap(registry::hanger);
        String product = hanger.map(Hanger::productId).orElse(null); // worded "a garment" when unknown
        Phrase text;
        MomentKind kind;
        switch (f.action()) {
            case "other-size" -> {
                kind = MomentKind.SIZE_REQUEST;
                text = MomentTexts.sizeRequest(who, product, Objects.requireNonNullElse(f.size(), "?"), zoneId);
            }
            case "like" -> {
                kind = MomentKind.LIKE;
                text = MomentTexts.like(who, product);
            }
            default -> {
                kind = MomentKind.ADVISOR_CALL;
                text = MomentTexts.advisorCall(who, zoneId);
            }
        }
        // calling an advisor is the clearest "I'd like advice" there is, whatever was said before
        boolean advisorCalled = kind == MomentKind.ADVISOR_CALL;
        String approach = client.map(c -> advisorCalled ? Approachability.ADVICE_WELCOME.code() : c.approachability().code())
                .orElse(null);
        text = text.plus(MomentTexts.approachability(approach));
        return List.of(new Moment(null, storeId, ts, kind, text, client.map(Client::id).orElse(null),
                approach, zoneId, f.hangerId(), hanger.map(Hanger::productId).orElse(null), null, null, null));
    }

    static Who who(Client c) {
        return new Who(c.firstName(), c.pronoun());
    }

    private ZoneId timeZone(String storeId) {
        return registry.store(storeId).map(Store::timeZone).map(ZoneId::of).orElse(ZoneId.systemDefault());
    }
}
