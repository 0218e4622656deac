package io.lien.server.displays.application;

import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.community.FeedbackChanged;
import io.lien.server.displays.model.HelpRequest;
import io.lien.server.moments.ClaimMade;
import io.lien.server.moments.Moment;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.registry.RegistryReloaded;
import io.lien.server.signals.EventsStored;
import io.lien.server.stock.StockChanged;
import io.lien.server.stock.Variant;
import io.lien.server.stock.VariantRepository;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;

/**
 * What makes a display change, heard from the features that know: a store event stored (a garment
 * in a fitting room, help asked, a like, a reboot), a claim, stock, the community's words, the
 * registry. Each listener only marks devices and returns: it runs on the thread that published.
 */
@Singleton
class DisplayTriggers {

    private final DisplayRedraws redraws;
    private final VariantRepository variants;
    private final AdvisorRepository advisors;

    DisplayTriggers(DisplayRedraws redraws, VariantRepository variants, AdvisorRepository advisors) {
        this.redraws = redraws;
        this.variants = variants;
        this.advisors = advisors;
    }

    @EventListener
    void stored(EventsStored stored) {
        long now = System.currentTimeMillis();
        for (EventsStored.Stored s : stored.events()) {
            UplinkEvent event = s.event();
            if (event instanceof UplinkEvent.HangerZoneChanged z) {
                redraws.fixturesSeeing(s.storeId(), z.zone());
            } else if (event instanceof UplinkEvent.DeviceHealth h && h.state().equals("rebooted")) {
                redraws.showAgain(h.deviceId());
            } else if (event instanceof UplinkEvent.HangerButtonPressed b) {
                asked(s, b.hangerId(), b.hangerId(), "help", null, now);
            } else if (event instanceof UplinkEvent.FixtureTapped f) {
                asked(s, f.fixtureId(), f.hangerId(), f.action(), f.size(), now);
            }
            s.moments().stream().filter(m -> m.kind() == MomentKind.LIKE && m.productId() != null)
                    .forEach(m -> redraws.product(m.productId(), null));
        }
    }

    private void asked(EventsStored.Stored s, String deviceId, String hangerId, String action, String size, long now) {
        for (Moment m : s.moments()) {
            if (m.kind() == MomentKind.HELP || m.kind() == MomentKind.SIZE_REQUEST || m.kind() == MomentKind.ADVISOR_CALL) {
                redraws.requests().asked(HelpRequest.asked(m.id(), s.storeId(), deviceId, action, hangerId, m.productId(), size, now));
                if (deviceId.equals(hangerId)) {
                    redraws.hanger(deviceId, true);
                } else {
                    redraws.fixture(deviceId, true);
                }
            }
        }
    }

    @EventListener
    void claimed(ClaimMade claim) {
        String name = advisors.findById(claim.claim().advisor()).map(Advisor::firstName).orElse(claim.claim().advisor());
        redraws.requests().taken(claim.taken().id(), name, System.currentTimeMillis()).ifPresent(r -> {
            if (r.deviceId().equals(r.hangerId())) {
                redraws.hanger(r.deviceId(), true);
            } else {
                redraws.fixture(r.deviceId(), true);
            }
        });
    }

    @TransactionalEventListener
    void stockChanged(StockChanged change) {
        variants.findById(change.variantId()).map(Variant::productId)
                .ifPresent(product -> redraws.product(product, change.locationId().equals(GarmentFacts.WEB) ? null : change.locationId()));
    }

    @EventListener
    void feedbackChanged(FeedbackChanged change) {
        redraws.product(change.productId(), null);
    }

    @EventListener
    void registryReloaded(RegistryReloaded reloaded) {
        redraws.everything();
    }
}
