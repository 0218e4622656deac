package io.lien.server.i18n;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A phrase in its column: JSON of its keys and arguments
 * ({@code {"parts":[{"key":"moment.arrival","args":[{"kind":"TEXT","value":"Camille"}]}]}}), the same
 * on H2 and PostgreSQL. The model stays free of the framework ({@code @SerdeImport} here).
 */
@Singleton
@SerdeImport(Phrase.class)
@SerdeImport(Phrase.Part.class)
@SerdeImport(Phrase.Arg.class)
public final class PhraseColumn implements AttributeConverter<Phrase, String> {

    private final ObjectMapper json;

    PhraseColumn(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String convertToPersistedValue(Phrase phrase, ConversionContext context) {
        if (phrase == null) {
            return null;
        }
        try {
            return json.writeValueAsString(phrase);
        } catch (IOException e) {
            throw new UncheckedIOException("a phrase that cannot be written: " + phrase, e);
        }
    }

    @Override
    public Phrase convertToEntityValue(String column, ConversionContext context) {
        if (column == null) {
            return Phrase.none();
        }
        try {
            return json.readValue(column, Phrase.class);
        } catch (IOException e) {
            throw new UncheckedIOException("a phrase that cannot be read: " + column, e);
        }
    }
}
