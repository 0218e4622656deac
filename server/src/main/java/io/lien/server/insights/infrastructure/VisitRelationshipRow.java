package io.lien.server.insights.infrastructure;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.PhraseColumn;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A kind of relationship a consenting visit's client had with the brand when the visit ended, with evidence that names nobody. */
@MappedEntity(value = "visit_relationship", escape = false)
public record VisitRelationshipRow(@Id @GeneratedValue Long id, long visitId, String code,
                                   @MappedProperty(converter = PhraseColumn.class) Phrase evidence) {
}
