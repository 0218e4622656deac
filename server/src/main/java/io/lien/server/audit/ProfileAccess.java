package io.lien.server.audit;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.PhraseColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * One look at or change of a profile. {@code actor} is a username, or "client" for the client.
 * Why: {@code reasonPhrase}, worded in the reader's language (an advisor's own words are its
 * argument, as typed); {@code reason} only on rows written before phrases, read as written.
 */
@MappedEntity(value = "profile_access", escape = false)
public record ProfileAccess(@Id @GeneratedValue @Nullable Long id, String clientId, long ts, String actor,
                            String actorName, String actorRole, String action, @Nullable String reason,
                            @Nullable @MappedProperty(converter = PhraseColumn.class) Phrase reasonPhrase) {

    /** What was done with the profile. */
    public enum Action { VIEW, EXPORT, CHANGE, ERASE }

    /** Why, as a phrase whichever way it was kept. */
    public Phrase why() {
        return reasonPhrase != null && !reasonPhrase.isEmpty() ? reasonPhrase : Phrase.verbatim(reason == null ? "" : reason);
    }
}
