package io.lien.server.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Texts;
import io.lien.server.i18n.Wording;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.Locale;

/** The errors Lien's API answers with, and their handlers. */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    /** A request attribute: why a security rule refused the request, shown as the 403's detail. */
    public static final String REFUSAL = "lien.refusal";

    private Problems() {
    }

    /** An RFC 9457 problem document. */
    @Serdeable
    public record Problem(String type, String title, int status, String detail) {
    }

    /**
     * A refusal the API answers with: its detail is a message of the bundles (keys problem.*), worded
     * in the reader's language when answered; its exception message is the English one, for logs.
     */
    public abstract static class Refusal extends RuntimeException {
        private final transient Phrase detail;

        Refusal(Phrase detail) {
            super(Wording.plain(detail, Locale.ENGLISH), null, false, false);
            this.detail = detail;
        }

        public Phrase detail() {
            return detail;
        }

        /** The detail in the language the request is read in. */
        String detail(HttpRequest<?> request) {
            return Wording.plain(detail, ReaderLanguage.of(request).locale());
        }
    }

    public static final class Forbidden extends Refusal {
        public Forbidden(Phrase detail) {
            super(detail);
        }

        public Forbidden(String key, Object... args) {
            this(Phrase.with(key, args));
        }
    }

    public static final class NotFound extends Refusal {
        public NotFound(Phrase detail) {
            super(detail);
        }

        public NotFound(String key, Object... args) {
            this(Phrase.with(key, args));
        }
    }

    /** Input the API cannot take, with what is wrong in words a caller can act on. */
    public static final class BadRequest extends Refusal {
        public BadRequest(Phrase detail) {
            super(detail);
        }

        public BadRequest(String key, Object... args) {
            this(Phrase.with(key, args));
        }
    }

    /** The request is fine but the world moved on: someone else did it first. */
    public static final class Conflict extends Refusal {
        public Conflict(Phrase detail) {
            super(detail);
        }

        public Conflict(String key, Object... args) {
            this(Phrase.with(key, args));
        }
    }

    /** A machine caller did not prove who it is (a signature that does not match, an unknown source). */
    public static final class Unauthorized extends Refusal {
        public Unauthorized(String key, Object... args) {
            super(Phrase.with(key, args));
        }
    }

    /** A body larger than the endpoint takes. */
    public static final class TooLarge extends Refusal {
        public TooLarge(String key, Object... args) {
            super(Phrase.with(key, args));
        }
    }

    /** Too many requests from one caller in a short time: try again after {@code retryAfterSeconds}. */
    public static final class TooMany extends Refusal {
        private final long retryAfterSeconds;

        public TooMany(long retryAfterSeconds, String key, Object... args) {
            super(Phrase.with(key, args));
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    static HttpResponse<Problem> respond(HttpRequest<?> request, HttpStatus status, Refusal refusal) {
        return respond(request, status, refusal.detail(request));
    }

    /** A problem titled in the reader's language (problem.title.{status}, else the status's reason phrase). */
    static HttpResponse<Problem> respond(HttpRequest<?> request, HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status)
                .body(new Problem("about:blank", title(request, status), status.getCode(), detail))
                .contentType(PROBLEM_JSON);
    }

    static String title(HttpRequest<?> request, HttpStatus status) {
        Texts texts = Texts.of(ReaderLanguage.of(request).locale());
        String key = "problem.title." + status.getCode();
        return texts.has(key) ? texts.t(key) : status.getReason();
    }

    @Singleton
    @Produces
    @Requires(classes = {Forbidden.class, ExceptionHandler.class})
    static class ForbiddenHandler implements ExceptionHandler<Forbidden, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Forbidden e) {
            return respond(request, HttpStatus.FORBIDDEN, e);
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {NotFound.class, ExceptionHandler.class})
    static class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFound e) {
            return respond(request, HttpStatus.NOT_FOUND, e);
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {BadRequest.class, ExceptionHandler.class})
    static class BadRequestHandler implements ExceptionHandler<BadRequest, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, BadRequest e) {
            return respond(request, HttpStatus.BAD_REQUEST, e);
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {Conflict.class, ExceptionHandler.class})
    static class ConflictHandler implements ExceptionHandler<Conflict, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Conflict e) {
            return respond(request, HttpStatus.CONFLICT, e);
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {Unauthorized.class, ExceptionHandler.class})
    static class UnauthorizedHandler implements ExceptionHandler<Unauthorized, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Unauthorized e) {
            return respond(request, HttpStatus.UNAUTHORIZED, e);
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {TooLarge.class, ExceptionHandler.class})
    static class TooLargeHandler implements ExceptionHandler<TooLarge, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TooLarge e) {
            return respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, e);
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {TooMany.class, ExceptionHandler.class})
    static class TooManyHandler implements ExceptionHandler<TooMany, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, TooMany e) {
            return io.micronaut.http.HttpResponse.<Problem>status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(new Problem("about:blank", title(request, HttpStatus.TOO_MANY_REQUESTS), 429, e.detail(request)))
                    .contentType(PROBLEM_JSON).header("Retry-After", Long.toString(e.retryAfterSeconds));
        }
    }
}
