package io.lien.server.live.infrastructure;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one stored snapshot: when, up to which signal, and the state as JSON. */
@MappedEntity(value = "live_snapshot", escape = false)
public record LiveSnapshotRow(@Id int id, long takenAt, long lastSignalId, String state) {

    public static final int ONLY = 1;
}
