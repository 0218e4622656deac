package io.lien.server.credit;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.PhraseColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * An advisor's part of an order, and why in one sentence. An order nobody is credited with has one
 * row with advisor {@value #NOBODY} and share 0, saying why nobody.
 */
@MappedEntity(value = "order_credit", escape = false)
public record OrderCreditRow(@Id @GeneratedValue @Nullable Long id, String orderRef, String clientId, String advisor, int sharePct,
                             long amountCents, @MappedProperty(converter = PhraseColumn.class) Phrase reason, long orderedAt,
                             String channel) {

    public static final String NOBODY = "-";
}
