package io.lien.server.live.infrastructure;

import io.lien.server.live.model.GarmentsInHand;
import io.lien.server.live.model.StoreLiveState;
import io.lien.server.visits.model.Attribution;
import io.micronaut.serde.annotation.SerdeImport;

/** The model's records a snapshot holds, made (de)serialisable here: the model stays free of Micronaut. */
@SerdeImport(StoreLiveState.Snapshot.class)
@SerdeImport(StoreLiveState.Presence.class)
@SerdeImport(StoreLiveState.Absence.class)
@SerdeImport(GarmentsInHand.Lifted.class)
@SerdeImport(Attribution.class)
final class ModelTypes {

    private ModelTypes() {
    }
}
