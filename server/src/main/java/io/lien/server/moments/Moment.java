package io.lien.server.moments;

import io.lien.server.i18n.PhraseColumn;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.i18n.Phrase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * A stored moment; its id orders the store's feed and is the SSE event id. A claim ("I'm on it")
 * is a moment too: {@code refersTo} the moment taken, by {@code advisor}. Its words are a
 * {@link Phrase} — message keys and arguments — worded in each reader's language when read.
 */
@MappedEntity(value = "moment", escape = false)
public record Moment(@Id @GeneratedValue @Nullable Long id, String storeId, long ts, MomentKind kind,
                     @MappedProperty(converter = PhraseColumn.class) Phrase phrase, @Nullable String clientId,
                     @Nullable String approachability, @Nullable String zoneId, @Nullable String hangerId,
                     @Nullable String productId, @Nullable Long signalId, @Nullable Long refersTo, @Nullable String advisor) {

    public Moment withSignal(long signalId) {
        return new Moment(id, storeId, ts, kind, phrase, clientId, approachability, zoneId, hangerId, productId, signalId,
                refersTo, advisor);
    }
}
