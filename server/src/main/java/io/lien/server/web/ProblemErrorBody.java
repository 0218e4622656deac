package io.lien.server.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

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
        if (response.code() >= 500) {
            // the cause is in the server's log; its text may hold internals a caller has no use for
            return new Problems.Problem("about:blank", response.getStatus().getReason(), response.code(),
                    "Something went wrong on Lien's side; it is logged.");
        }
        Object refusal = error.getRequest().getAttribute(Problems.REFUSAL).orElse(null);
        if (response.code() == 403 && refusal != null) {
            return new Problems.Problem("about:blank", response.getStatus().getReason(), 403, refusal.toString());
        }
        String detail = error.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        if (detail.isBlank()) {
            detail = response.getStatus().getReason();
        }
        return new Problems.Problem("about:blank", response.getStatus().getReason(), response.code(), detail);
    }

    @Override
    public String contentType() {
        return Problems.PROBLEM_JSON.toString();
    }
}
