package io.lien.server.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** One look at or change of a profile. {@code actor} is a username, or "client" for the client. */
@Serdeable.Serializable
@MappedEntity(value = "profile_access", escape = false)
public record ProfileAccess(@Id @GeneratedValue @Nullable Long id, String clientId, long ts, String actor,
                            String actorName, String actorRole, String action, String reason) {

    /** What was done with the profile. */
    public enum Action { VIEW, EXPORT, CHANGE, ERASE }
}
