package io.lien.server.web;

import io.lien.server.i18n.Languages;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a request is read in, as a controller argument: {@code ?lang=} when the reader chose
 * one (a page's language switch), else the nearest Lien speaks to {@code Accept-Language}, else the
 * fallback. The one way an API answer or a page picks its words.
 */
public record ReaderLanguage(Locale locale) {

    public static ReaderLanguage of(HttpRequest<?> request) {
        Languages languages = Languages.all();
        Optional<String> chosen = request.getParameters().getFirst("lang").filter(s -> !s.isBlank());
        return new ReaderLanguage(chosen.map(languages::nearest)
                .orElseGet(() -> languages.fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @Singleton
    static final class Binder implements TypedRequestArgumentBinder<ReaderLanguage> {
        private static final Argument<ReaderLanguage> TYPE = Argument.of(ReaderLanguage.class);

        @Override
        public Argument<ReaderLanguage> argumentType() {
            return TYPE;
        }

        @Override
        public BindingResult<ReaderLanguage> bind(ArgumentConversionContext<ReaderLanguage> context, HttpRequest<?> source) {
            ReaderLanguage reader = of(source);
            return () -> Optional.of(reader);
        }
    }
}
