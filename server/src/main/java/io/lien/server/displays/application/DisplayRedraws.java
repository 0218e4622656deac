package io.lien.server.displays.application;

import io.lien.protocol.uplink.DisplayCommand;
import io.lien.server.community.CommunityVoice;
import io.lien.server.displays.model.HelpRequest;
import io.lien.server.i18n.Texts;
import io.lien.server.live.LiveStore;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.Store;
import io.lien.server.settings.DisplaySettings;
import io.lien.server.stock.application.Availability;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Redraws what devices show. A change marks the hangers and fixtures it touches; one thread, a
 * debounce later, draws each marked device once and hands its display to the {@link DisplaySender}
 * (which sends only a changed text). Fixtures and hangers with a request go first: an advisor's
 * "I'm on it" does not wait behind a store-wide redraw.
 */
@Singleton
public class DisplayRedraws {

    private static final Logger LOG = LoggerFactory.getLogger(DisplayRedraws.class);

    private final DeviceRegistry registry;
    private final Availability availability;
    private final CommunityVoice community;
    private final DisplaySender sender;
    private final MirrorScreens mirrors;
    private final OpenRequests requests;
    private final long debounceMs;
    private final Set<String> urgent = ConcurrentHashMap.newKeySet();
    private final Set<String> hangers = ConcurrentHashMap.newKeySet();
    private final Set<String> fixtures = ConcurrentHashMap.newKeySet();
    private final Set<String> again = ConcurrentHashMap.newKeySet();
    private final Map<String, MirrorScreen> screens = new ConcurrentHashMap<>();
    private final Map<String, Sinks.Many<Long>> screenChanges = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicBoolean flushPlanned = new AtomicBoolean();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "displays");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean started;

    DisplayRedraws(DeviceRegistry registry, LiveStore live, Availability availability, CommunityVoice community, DisplaySender sender,
                   DisplaySettings settings) {
        this.registry = registry;
        this.availability = availability;
        this.community = community;
        this.sender = sender;
        this.mirrors = new MirrorScreens(live, registry);
        this.requests = new OpenRequests(settings.requestShown().toMillis());
        this.debounceMs = settings.debounce().toMillis();
    }

    /** Draws every device once (the server starts, gateways have their registries) and from now on, every change. */
    public void start() {
        started = true;
        everything();
        worker.scheduleWithFixedDelay(this::expire, 1, 1, TimeUnit.SECONDS);
    }

    /** Every device of every store, to be drawn again. */
    void everything() {
        if (!started) {
            return;
        }
        for (Store store : registry.stores()) {
            registry.hangersOf(store.id()).forEach(h -> hangers.add(h.id()));
            registry.fixturesOf(store.id()).forEach(f -> fixtures.add(f.id()));
        }
        plan(debounceMs);
    }

    void hanger(String hangerId, boolean soon) {
        (soon ? urgent : hangers).add(hangerId);
        planFor(soon);
    }

    void fixture(String fixtureId, boolean soon) {
        (soon ? urgent : fixtures).add(fixtureId);
        planFor(soon);
    }

    /** The device rebooted and shows nothing: its display goes again even if unchanged. */
    void showAgain(String deviceId) {
        again.add(deviceId);
        urgent.add(deviceId);
        planFor(true);
    }

    /** A request or a claim is news for one device: drawn now, not after the debounce of bulk changes. */
    private void planFor(boolean soon) {
        if (soon && started) {
            worker.execute(this::flush);
        } else {
            plan(debounceMs);
        }
    }

    /** Every hanger of the product (in one store, or all when {@code storeId} is null) and the fixtures that may show it. */
    void product(String productId, String storeId) {
        for (Store store : registry.stores()) {
            if (storeId == null || storeId.equals(store.id())) {
                registry.hangersOf(store.id()).stream().filter(h -> productId.equals(h.productId())).forEach(h -> hangers.add(h.id()));
                registry.fixturesOf(store.id()).forEach(f -> fixtures.add(f.id()));
            }
        }
        plan(debounceMs);
    }

    void fixturesSeeing(String storeId, String zoneId) {
        registry.fixturesOf(storeId).stream().filter(f -> registry.isWithin(zoneId, f.zoneId())).forEach(f -> fixtures.add(f.id()));
        plan(debounceMs);
    }

    OpenRequests requests() {
        return requests;
    }

    /** A mirror's screen as it is now (drawn afresh). */
    public Optional<MirrorScreen> screen(String fixtureId) {
        return registry.fixture(fixtureId).map(f -> draw(f, new GarmentFacts(availability, community), System.currentTimeMillis()));
    }

    /** Ticks each time the fixture's screen changes (the latest at once on subscribing). */
    public Flux<Long> changes(String fixtureId) {
        return sink(fixtureId).asFlux();
    }

    /** The mirror went back to its first screen for the next shopper: it tells nothing of the last one's requests. */
    public void reset(String fixtureId) {
        requests.forget(fixtureId);
        fixture(fixtureId, true);
    }

    /** Takes back every display of the store's devices from the broker (a store closed, a test's store on a shared broker). */
    public void withdraw(String storeId) {
        List<String> devices = new ArrayList<>();
        registry.hangersOf(storeId).forEach(h -> devices.add(h.id()));
        registry.fixturesOf(storeId).forEach(f -> devices.add(f.id()));
        sender.withdraw(storeId, devices);
    }

    public DisplaySender.Counts counts() {
        return sender.counts();
    }

    private void plan(long delayMs) {
        if (started && flushPlanned.compareAndSet(false, true)) {
            worker.schedule(this::flush, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        flushPlanned.set(false);
        try {
            long now = System.currentTimeMillis();
            GarmentFacts facts = new GarmentFacts(availability, community);
            boolean done = drain(urgent, facts, now) && drain(fixtures, facts, now) && drain(hangers, facts, now);
            if (!done) {
                plan(sender.nextWindowIn(System.currentTimeMillis()));
            }
        } catch (RuntimeException e) {
            LOG.error("Redrawing displays failed; trying again", e);
            plan(1000);
        }
    }

    /** Draws and sends each marked device; false when the sending window is full (the rest stay marked). */
    private boolean drain(Set<String> marked, GarmentFacts facts, long now) {
        for (String id : new ArrayList<>(marked)) {
            marked.remove(id);
            boolean sent = redraw(id, facts, now);
            if (!sent) {
                marked.add(id);
                return false;
            }
        }
        return true;
    }

    /** False when the sender deferred it. */
    private boolean redraw(String deviceId, GarmentFacts facts, long now) {
        Optional<Hanger> hanger = registry.hanger(deviceId);
        if (hanger.isPresent()) {
            Hanger h = hanger.get();
            var display = HangerDisplays.draw(h, facts, requests.of(h.id(), now), words(h.storeId()));
            return sender.show(h.storeId(), new DisplayCommand(display, null), again.remove(h.id()), now) != DisplaySender.Result.DEFERRED;
        }
        Optional<Fixture> fixture = registry.fixture(deviceId);
        if (fixture.isEmpty()) {
            return true;
        }
        MirrorScreen screen = draw(fixture.get(), facts, now);
        if (!screen.equals(screens.put(deviceId, screen))) {
            sink(deviceId).tryEmitNext(version.incrementAndGet());
        }
        var message = new MirrorWording(Texts.of(language(screen.storeId())), registry).message(screen);
        return sender.show(screen.storeId(), new DisplayCommand(null, message), again.remove(deviceId), now) != DisplaySender.Result.DEFERRED;
    }

    private MirrorScreen draw(Fixture fixture, GarmentFacts facts, long now) {
        List<HelpRequest> told = requests.of(fixture.id(), now);
        return mirrors.screen(fixture, facts, told, now);
    }

    private void expire() {
        try {
            for (String device : requests.expire(System.currentTimeMillis())) {
                (registry.hanger(device).isPresent() ? hangers : fixtures).add(device);
                plan(0);
            }
        } catch (RuntimeException e) {
            LOG.error("Expiring display requests failed", e);
        }
    }

    private io.lien.server.displays.model.Words words(String storeId) {
        return Texts.of(language(storeId))::t;
    }

    /** The store's language: its devices speak it. */
    public Locale language(String storeId) {
        return registry.store(storeId).map(s -> Locale.forLanguageTag(s.language())).orElse(Locale.ENGLISH);
    }

    private Sinks.Many<Long> sink(String fixtureId) {
        return screenChanges.computeIfAbsent(fixtureId, f -> Sinks.many().replay().latestOrDefault(0L));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
