package io.lien.server.displays.application;

import io.lien.protocol.device.FixtureDisplay;
import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Words a mirror's screen in one language: where a request stands ("Léa is bringing the 40", "No 40
 * in store — online, delivered Thursday, or reserve in Lyon"), each garment's line, and the message
 * a fixture built to the device protocol shows. An advisor's first name, never the shopper's.
 */
public final class MirrorWording {

    private final Texts texts;
    private final DeviceRegistry registry;

    public MirrorWording(Texts texts, DeviceRegistry registry) {
        this.texts = texts;
        this.registry = registry;
    }

    public String request(MirrorScreen.Request told) {
        var r = told.request();
        boolean size = "other-size".equals(r.action()) && r.size() != null;
        if (!size) {
            return r.taken() ? texts.t("mirror.request.call.coming", r.advisorFirstName()) : texts.t("mirror.request.call.asked");
        }
        if (told.here()) {
            return r.taken() ? texts.t("mirror.request.size.coming", r.advisorFirstName(), r.size())
                    : texts.t("mirror.request.size.asked", r.size());
        }
        String elsewhere = elsewhere(told);
        return r.taken() ? texts.t("mirror.request.size.none.taken", r.advisorFirstName(), r.size(), elsewhere)
                : texts.t("mirror.request.size.none", r.size(), elsewhere);
    }

    /** "online, delivered Thursday, or reserve in Lyon": where the size asked for is instead. */
    String elsewhere(MirrorScreen.Request told) {
        List<String> ways = new ArrayList<>();
        if (told.online()) {
            ways.add(texts.t("mirror.alt.online", told.deliveredBy().getDayOfWeek().getDisplayName(TextStyle.FULL, texts.locale())));
        }
        told.otherStores().stream().limit(2).map(id -> registry.store(id).map(Store::city).orElse(id))
                .forEach(city -> ways.add(texts.t("mirror.alt.store", city)));
        if (ways.isEmpty()) {
            return texts.t("mirror.alt.nothing");
        }
        if (ways.size() == 1) {
            return ways.get(0);
        }
        return String.join(", ", ways.subList(0, ways.size() - 1)) + texts.t("mirror.alt.or") + ways.get(ways.size() - 1);
    }

    public String title(MirrorScreen screen) {
        return registry.zone(screen.zoneId()).map(z -> z.title(texts.locale())).orElse(texts.t("mirror.title"));
    }

    public String productTitle(String productId) {
        return registry.product(productId).map(p -> p.title(texts.locale())).orElse(productId);
    }

    /** "Navy trench coat · 38 · here: 36 38 40". */
    public String item(MirrorScreen.Garment g) {
        String name = productTitle(g.productId());
        return g.sizesHere().isEmpty() ? texts.t("mirror.item.none-here", name, g.size())
                : texts.t("mirror.item", name, g.size(), String.join(" ", g.sizesHere()));
    }

    /** The message for a fixture's own screen (dev/fixture/{id}/display), as many garments as 1 KiB holds. */
    public FixtureDisplay message(MirrorScreen screen) {
        String body = screen.requests().isEmpty() ? texts.t("mirror.invite") : request(screen.requests().get(0));
        List<FixtureDisplay.Item> items = new ArrayList<>();
        screen.garments().forEach(g -> items.add(new FixtureDisplay.Item(g.hangerId(), item(g))));
        while (true) {
            try {
                return new FixtureDisplay(screen.fixtureId(), title(screen), body, items);
            } catch (IllegalArgumentException tooLong) {
                if (items.isEmpty()) {
                    return new FixtureDisplay(screen.fixtureId(), title(screen), body.substring(0, Math.min(body.length(), 300)), items);
                }
                items.remove(items.size() - 1);
            }
        }
    }

}
