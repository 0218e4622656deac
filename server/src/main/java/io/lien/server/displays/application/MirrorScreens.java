package io.lien.server.displays.application;

import io.lien.server.displays.model.HelpRequest;
import io.lien.server.live.LiveStore;
import io.lien.server.orders.model.DeliveryOption;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.Hanger;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a mirror's screen: the garments readers see in the zones the fixture stands in (a mirror
 * of the fitting-rooms area sees every cabin's reader), newest requests first, and for a size asked
 * for, where it is.
 */
final class MirrorScreens {

    static final int MAX_GARMENTS = 8;

    private final LiveStore live;
    private final DeviceRegistry registry;

    MirrorScreens(LiveStore live, DeviceRegistry registry) {
        this.live = live;
        this.registry = registry;
    }

    MirrorScreen screen(Fixture fixture, GarmentFacts facts, List<HelpRequest> requests, long now) {
        Map<String, String> inZones = live.update(fixture.storeId(), s -> s.garments().hangersInZones());
        List<MirrorScreen.Garment> garments = new ArrayList<>();
        inZones.entrySet().stream()
                .filter(e -> registry.isWithin(e.getValue(), fixture.zoneId()))
                .map(e -> registry.hanger(e.getKey())).flatMap(Optional::stream)
                .filter(h -> h.storeId().equals(fixture.storeId()))
                .sorted(Comparator.comparing(Hanger::id)).limit(MAX_GARMENTS)
                .forEach(h -> garments.add(garment(h, facts)));
        List<MirrorScreen.Request> told = requests.stream().map(r -> request(r, fixture.storeId(), facts, now)).toList();
        return new MirrorScreen(fixture.id(), fixture.storeId(), fixture.zoneId(), garments, told);
    }

    private static MirrorScreen.Garment garment(Hanger h, GarmentFacts facts) {
        return new MirrorScreen.Garment(h.id(), h.productId(), h.size(), facts.sizesAt(h.productId(), h.colour(), h.storeId()),
                facts.sizesAt(h.productId(), h.colour(), GarmentFacts.WEB), facts.allSizes(h.productId(), h.colour()),
                facts.voice(h.productId()));
    }

    private MirrorScreen.Request request(HelpRequest r, String storeId, GarmentFacts facts, long now) {
        if (r.size() == null || r.productId() == null) {
            return new MirrorScreen.Request(r, true, false, null, List.of());
        }
        String colour = registry.hanger(r.hangerId()).map(Hanger::colour).orElse(null);
        boolean here = facts.sizesAt(r.productId(), colour, storeId).contains(r.size());
        boolean online = facts.sizesAt(r.productId(), colour, GarmentFacts.WEB).contains(r.size());
        LocalDate by = online ? workingDaysAfter(LocalDate.ofInstant(Instant.ofEpochMilli(now), registry.timeZone(storeId)),
                DeliveryOption.STANDARD.days()) : null;
        return new MirrorScreen.Request(r, here, online, by, facts.storesWith(r.productId(), colour, r.size(), storeId));
    }

    /** The day a standard delivery arrives: working days are Monday to Friday. */
    static LocalDate workingDaysAfter(LocalDate today, int days) {
        LocalDate d = today;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return d;
    }
}
