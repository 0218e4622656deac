package io.lien.server.security;

import io.lien.server.i18n.Texts;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * {@code POST /login} while the account or the address is locked ({@link PasswordSignIn} left the wait on the
 * request): 429 with {@code Retry-After} and a problem saying so, instead of the 401 of a wrong password — the
 * same for a name that has no account, so the answer tells nobody which names exist.
 */
@ServerFilter("/login")
final class SignInThrottled {

    @ResponseFilter
    HttpResponse<?> tooMany(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Optional<Long> wait = request.getAttribute(PasswordSignIn.RETRY_AFTER, Long.class);
        if (wait.isEmpty()) {
            return response;
        }
        Texts texts = Texts.of(ReaderLanguage.of(request).locale());
        String title = texts.has("problem.title.429") ? texts.t("problem.title.429") : HttpStatus.TOO_MANY_REQUESTS.getReason();
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .body(new Problems.Problem("about:blank", title, 429, texts.t("problem.sign-in.throttled", wait.get())))
                .contentType(Problems.PROBLEM_JSON).header("Retry-After", Long.toString(wait.get()));
    }
}
