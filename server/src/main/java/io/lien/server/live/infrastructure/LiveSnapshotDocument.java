package io.lien.server.live.infrastructure;

import io.lien.server.live.model.StoreLiveState;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** Every store's snapshot, by store id, as stored; the model's records are written as they are ({@link ModelTypes}). */
@Serdeable
public record LiveSnapshotDocument(Map<String, StoreLiveState.Snapshot> stores) {
}
