package io.lien.server.signals;

import io.lien.server.moments.Moment;

import java.util.List;

/** What became of one uplink message. */
public sealed interface IngestOutcome {

    record Stored(long signalId, List<Moment> moments) implements IngestOutcome {
    }

    /** Already stored: a redelivery or a replay. Acknowledged, not stored again. */
    record Duplicate(String gatewayId, long seq) implements IngestOutcome {
    }

    record DeadLettered(String reason, String detail) implements IngestOutcome {
    }
}
