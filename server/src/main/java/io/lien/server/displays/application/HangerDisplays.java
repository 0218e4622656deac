package io.lien.server.displays.application;

import io.lien.protocol.device.HangerDisplay;
import io.lien.server.displays.model.HangerScreen;
import io.lien.server.displays.model.HelpRequest;
import io.lien.server.displays.model.HelpState;
import io.lien.server.displays.model.Words;
import io.lien.server.registry.Hanger;

import java.util.List;

/** Draws a hanger's display from the facts of its garment and the newest request made at it. */
final class HangerDisplays {

    private HangerDisplays() {
    }

    static HangerDisplay draw(Hanger hanger, GarmentFacts facts, List<HelpRequest> requests, Words words) {
        HelpState help = requests.isEmpty() ? new HelpState.None() : requests.get(0).state();
        return HangerScreen.of(hanger.id(), facts.sizesAt(hanger.productId(), hanger.colour(), hanger.storeId()),
                facts.voice(hanger.productId()), help, words);
    }
}
