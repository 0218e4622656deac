package io.lien.server.consent.model;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client's current choices, folded from their consent history (oldest first): the latest change
 * of each kind wins. A kind never answered is "not given" — except presence, whose starting value
 * is what the client's record says (a client book imported with presence consent).
 */
public final class ConsentState {

    /** One change as the history holds it. */
    public record Change(ConsentKind kind, boolean granted, String value, long ts) {
    }

    private final Map<ConsentKind, Boolean> given = new EnumMap<>(ConsentKind.class);
    private QuietHours quietHours;

    private ConsentState() {
    }

    public static ConsentState fold(boolean presenceOnRecord, List<Change> oldestFirst) {
        ConsentState state = new ConsentState();
        state.given.put(ConsentKind.PRESENCE, presenceOnRecord);
        for (Change c : oldestFirst) {
            state.given.put(c.kind(), c.granted());
            if (c.kind() == ConsentKind.QUIET_HOURS) {
                state.quietHours = c.granted() ? QuietHours.parse(c.value()).orElse(null) : null;
            }
        }
        return state;
    }

    public boolean given(ConsentKind kind) {
        return given.getOrDefault(kind, false);
    }

    /** Every kind but quiet hours, by code, given or not, in the order of {@link ConsentKind}. */
    public Map<String, Boolean> givenByCode() {
        Map<String, Boolean> byCode = new LinkedHashMap<>();
        for (ConsentKind k : ConsentKind.values()) {
            if (k != ConsentKind.QUIET_HOURS) {
                byCode.put(k.code(), given(k));
            }
        }
        return byCode;
    }

    public Optional<QuietHours> quietHours() {
        return Optional.ofNullable(quietHours);
    }

    /** May the brand write on this channel at this local time of the client's? */
    public boolean mayContact(String channel, LocalTime clientLocalTime) {
        Optional<ConsentKind> kind = ConsentKind.forChannel(channel);
        return kind.isPresent() && given(kind.get()) && (quietHours == null || !quietHours.contains(clientLocalTime));
    }
}
