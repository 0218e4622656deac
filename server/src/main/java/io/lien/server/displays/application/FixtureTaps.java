package io.lien.server.displays.application;

import io.lien.protocol.Ids;
import io.lien.protocol.uplink.UplinkEnvelope;
import io.lien.protocol.uplink.UplinkEvent;
import io.lien.server.displays.FixtureTap;
import io.lien.server.displays.FixtureTapRepository;
import io.lien.server.i18n.Phrase;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.Hanger;
import io.lien.server.signals.IngestOutcome;
import io.lien.server.signals.SignalIngestion;
import io.lien.server.stock.VariantRepository;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tap on a fixture's page becomes the store event a fixture built to the device protocol would
 * have sent ({@code fixture.tap}), through the same ingestion: the same moment on the tablets, the
 * same attribution, stored once. Its key makes a retry (a double tap, a flaky network) one tap; its
 * row's id is the event's sequence under the pages' own gateway id, so ingestion dedupes it too.
 */
@Singleton
public class FixtureTaps {

    /** The gateway id a page's taps are stored under (a fixture's page is its own way in). */
    public static final String PAGES_GATEWAY = "fixture-pages";
    static final Set<String> ACTIONS = Set.of("call-advisor", "other-size", "like");
    /** Taps one screen may send in a minute: a shopper taps a few times; a script hammering it is refused. */
    static final int PER_MINUTE = 30;

    public sealed interface Outcome {
        /** Taken (or taken before under the same key). */
        record Taken(boolean before) implements Outcome {
        }

        record Refused(Phrase why) implements Outcome {
        }

        record TooMany(long retryAfterSeconds) implements Outcome {
        }
    }

    private final FixtureTapRepository taps;
    private final DeviceRegistry registry;
    private final VariantRepository variants;
    private final SignalIngestion ingestion;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    FixtureTaps(FixtureTapRepository taps, DeviceRegistry registry, VariantRepository variants, SignalIngestion ingestion) {
        this.taps = taps;
        this.registry = registry;
        this.variants = variants;
        this.ingestion = ingestion;
    }

    public Outcome tap(String fixtureId, String key, String action, String hangerId, String size) {
        Optional<Fixture> fixture = registry.fixture(fixtureId);
        if (fixture.isEmpty()) {
            return new Outcome.Refused(Phrase.with("problem.fixture.unknown", fixtureId));
        }
        Optional<Phrase> wrong = wrong(fixture.get(), key, action, hangerId, size);
        if (wrong.isPresent()) {
            return new Outcome.Refused(wrong.get());
        }
        Optional<FixtureTap> before = taps.findByFixtureIdAndTapKey(fixtureId, key);
        long now = System.currentTimeMillis();
        if (before.isEmpty() && !allowed(fixtureId, now)) {
            return new Outcome.TooMany(60);
        }
        FixtureTap tap = before.orElseGet(() -> save(new FixtureTap(null, fixtureId, key, now, action)));
        UplinkEnvelope envelope = UplinkEnvelope.of(fixture.get().storeId(), PAGES_GATEWAY, tap.id(), tap.ts(),
                new UplinkEvent.FixtureTapped(fixtureId, action, hangerId, "other-size".equals(action) ? size : null));
        List<IngestOutcome> outcomes = ingestion.ingest(envelope.topic(), envelope.toBytes());
        boolean duplicate = outcomes.stream().allMatch(o -> o instanceof IngestOutcome.Duplicate);
        return new Outcome.Taken(before.isPresent() || duplicate);
    }

    /** The key of a second writer of the same tap wins nothing: read back what the first one stored. */
    private FixtureTap save(FixtureTap tap) {
        try {
            return taps.save(tap);
        } catch (DataAccessException e) {
            return taps.findByFixtureIdAndTapKey(tap.fixtureId(), tap.tapKey()).orElseThrow(() -> e);
        }
    }

    private Optional<Phrase> wrong(Fixture fixture, String key, String action, String hangerId, String size) {
        if (key == null || !Ids.isValid(key)) {
            return Optional.of(Phrase.with("problem.fixture.tap-key"));
        }
        if (action == null || !ACTIONS.contains(action)) {
            return Optional.of(Phrase.with("problem.fixture.action", String.valueOf(action)));
        }
        if (hangerId == null) {
            return action.equals("call-advisor") ? Optional.empty() : Optional.of(Phrase.with("problem.fixture.garment"));
        }
        Optional<Hanger> hanger = Ids.isValid(hangerId) ? registry.hanger(hangerId) : Optional.empty();
        if (hanger.isEmpty() || !hanger.get().storeId().equals(fixture.storeId())) {
            return Optional.of(Phrase.with("problem.fixture.garment"));
        }
        if (action.equals("other-size") && (size == null || variants.findByProductIdOrderBySizeOrderAscAndIdAsc(hanger.get().productId())
                .stream().noneMatch(v -> v.size().equals(size)))) {
            return Optional.of(Phrase.with("problem.fixture.size", String.valueOf(size)));
        }
        return Optional.empty();
    }

    private boolean allowed(String fixtureId, long now) {
        Deque<Long> times = recent.computeIfAbsent(fixtureId, f -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() > 60_000) {
                times.pollFirst();
            }
            if (times.size() >= PER_MINUTE) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
