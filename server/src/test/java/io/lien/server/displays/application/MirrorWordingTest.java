package io.lien.server.displays.application;

import io.lien.protocol.device.FixtureDisplay;
import io.lien.server.displays.model.HelpRequest;
import io.lien.server.displays.model.Voice;
import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Names;
import io.lien.server.registry.Product;
import io.lien.server.registry.Store;
import io.lien.server.registry.Zone;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class MirrorWordingTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);
    private final DeviceRegistry registry = registry();

    private static DeviceRegistry registry() {
        DeviceRegistry r = mock(DeviceRegistry.class);
        when(r.store("demo-lyon")).thenReturn(Optional.of(new Store("demo-lyon", "Lien Lyon", "Lyon", "Europe/Paris", "fr")));
        when(r.store("bordeaux")).thenReturn(Optional.of(new Store("bordeaux", "Lien Bordeaux", "Bordeaux", "Europe/Paris", "fr")));
        when(r.zone("fitting-rooms")).thenReturn(Optional.of(new Zone("fitting-rooms", "demo",
                Names.of("en", "the fitting rooms", "fr", "les cabines"), null, Zone.FLOOR)));
        when(r.product("p-coat-camel")).thenReturn(Optional.of(new Product("p-coat-camel",
                Names.of("en", "the camel wool coat", "fr", "le manteau en laine camel"), "coat", "camel-line", 49_000)));
        return r;
    }

    private static MirrorScreen.Request sizeAsked(String advisor, boolean here, boolean online, List<String> stores) {
        HelpRequest r = HelpRequest.asked(1, "demo", "mirror-1", "other-size", "h-007", "p-coat-camel", "40", 0);
        return new MirrorScreen.Request(advisor == null ? r : r.takenBy(advisor, 1), here, online, online ? THURSDAY : null, stores);
    }

    private MirrorWording in(String language) {
        return new MirrorWording(Texts.of(Locale.forLanguageTag(language)), registry);
    }

    @Test
    void aSizeHereIsAskedThenBroughtByTheAdvisorWhoTookIt() {
        assertEquals("You asked for the 40: an advisor is told", in("en").request(sizeAsked(null, true, true, List.of())));
        assertEquals("Léa is bringing the 40", in("en").request(sizeAsked("Léa", true, true, List.of())));
        assertEquals("Léa vous apporte le 40", in("fr").request(sizeAsked("Léa", true, true, List.of())));
    }

    @Test
    void aSizeNotHereSaysWhereItIsOnlineAndInOtherStores() {
        assertEquals("No 40 in store — online, delivered Thursday, or reserve in Lyon",
                in("en").request(sizeAsked(null, false, true, List.of("demo-lyon"))));
        assertEquals("Pas de 40 en boutique — en ligne, livré jeudi, à réserver à Lyon, ou à réserver à Bordeaux",
                in("fr").request(sizeAsked(null, false, true, List.of("demo-lyon", "bordeaux"))));
        assertEquals("Léa is coming — no 40 in store: reserve in Lyon", in("en").request(sizeAsked("Léa", false, false, List.of("demo-lyon"))));
        assertEquals("No 40 in store — none online or in another store; an advisor can suggest another",
                in("en").request(sizeAsked(null, false, false, List.of())));
    }

    @Test
    void aCallForAnAdvisorSaysItWasHeardThenWhoIsComing() {
        HelpRequest call = HelpRequest.asked(2, "demo", "mirror-1", "call-advisor", null, null, null, 0);
        assertEquals("You called an advisor: they are told", in("en").request(new MirrorScreen.Request(call, true, false, null, List.of())));
        assertEquals("Marc arrive", in("fr").request(new MirrorScreen.Request(call.takenBy("Marc", 1), true, false, null, List.of())));
    }

    @Test
    void theFixturesOwnMessageHoldsAsManyGarmentsAs1KiBAllows() {
        List<MirrorScreen.Garment> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new MirrorScreen.Garment(String.format("h-%03d", i), "p-coat-camel", "38", List.of("36", "38", "40"),
                    List.of("38"), List.of("36", "38", "40"), Voice.silent()));
        }
        FixtureDisplay d = in("en").message(new MirrorScreen("mirror-1", "demo", "fitting-rooms", many, List.of()));
        assertEquals("Fitting rooms", d.title());
        assertEquals("Touch a garment: another size, an advisor, a like.", d.body());
        assertEquals("Camel wool coat · 38 · here: 36 38 40", d.items().get(0).label());
        assertTrue(d.items().size() > 5 && d.items().size() < 40, d.items().size() + " items");
        assertTrue(d.toJson().getBytes(StandardCharsets.UTF_8).length <= 1024);
    }
}
