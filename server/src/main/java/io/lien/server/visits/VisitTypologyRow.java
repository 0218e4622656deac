package io.lien.server.visits;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.PhraseColumn;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** What kind of visit an ended visit was, and why, in words with no one's identity. */
@MappedEntity(value = "visit_typology", escape = false)
public record VisitTypologyRow(@Id @GeneratedValue Long id, long visitId, String code,
                               @MappedProperty(converter = PhraseColumn.class) Phrase evidence) {
}
