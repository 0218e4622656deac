package io.lien.server.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Texts;
import io.lien.server.i18n.Wording;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every error Micronaut answers by itself — a body that is not JSON, a missing route, a role the
 * caller lacks (401/403 from security) — is a problem document like Lien's own
 * ({@link Problems}), so a client of the API reads one error format.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemErrorBody implements JsonErrorResponseBodyProvider<Problems.Problem> {

    @Override
    public Problems.Problem body(ErrorContext error, HttpResponse<?> response) {
        HttpRequest<?> request = error.getRequest();
        Locale reader = ReaderLanguage.of(request).locale();
        String title = Problems.title(request, response.getStatus());
        if (response.code() >= 500) {
            // the cause is in the server's log; its text may hold internals a caller has no use for
            return new Problems.Problem("about:blank", title, response.code(), Texts.of(reader).t("problem.internal"));
        }
        Object refusal = request.getAttribute(Problems.REFUSAL).orElse(null);
        if (response.code() == 403 && refusal instanceof Phrase why) {
            return new Problems.Problem("about:blank", title, 403, Wording.plain(why, reader));
        }
        String detail = error.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = response.getStatus().getReason();
        }
        // Micronaut's own messages (a malformed body, a missing argument) are English: they name the request's parts
        return new Problems.Problem("about:blank", title, response.code(), detail);
    }

    @Override
    public String contentType() {
        return Problems.PROBLEM_JSON.toString();
    }
}
