package io.lien.server.setup.application;

import io.lien.protocol.json.JsonWriter;
import io.lien.server.security.Operator;
import io.lien.server.setup.SetupChange;
import io.lien.server.setup.SetupChangeRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The back office's log: every change, who made it and when, with the thing before and after, written
 * in the same transaction as the change (a change without its line cannot happen).
 */
@Singleton
public class SetupAudit {

    private static final int MAX_STATE = 4000;

    private final SetupChangeRepository changes;
    private final Clock clock;

    SetupAudit(SetupChangeRepository changes) {
        this.changes = changes;
        this.clock = Clock.systemUTC();
    }

    /** {@code before}/{@code after}: maps or lists of plain values, {@code null} when the thing did not exist or no longer does. */
    public void record(Operator who, String storeId, String subject, String subjectId, String action, Object before, Object after) {
        changes.save(new SetupChange(null, clock.millis(), who.username(), who.role(), storeId, subject, cut(subjectId, 120), action,
                json(before), json(after)));
    }

    /** The latest changes of a store (head office: of every store, when {@code storeId} is null), newest first. */
    public List<SetupChange> latest(String storeId, int limit) {
        Pageable page = Pageable.from(0, Math.max(1, Math.min(limit, 500)), Sort.of(Sort.Order.desc("id")));
        return storeId == null ? changes.list(page) : changes.findByStoreId(storeId, page);
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        String text = JsonWriter.write(state instanceof Map<?, ?> || state instanceof List<?> ? state : String.valueOf(state));
        return cut(text, MAX_STATE);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
