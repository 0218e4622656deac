package io.lien.server.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

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

    public static final class Forbidden extends RuntimeException {
        public Forbidden(String detail) {
            super(detail, null, false, false);
        }
    }

    public static final class NotFound extends RuntimeException {
        public NotFound(String detail) {
            super(detail, null, false, false);
        }
    }

    /** Input the API cannot take, with what is wrong in words a caller can act on. */
    public static final class BadRequest extends RuntimeException {
        public BadRequest(String detail) {
            super(detail, null, false, false);
        }
    }

    /** The request is fine but the world moved on: someone else did it first. */
    public static final class Conflict extends RuntimeException {
        public Conflict(String detail) {
            super(detail, null, false, false);
        }
    }

    static HttpResponse<Problem> respond(HttpStatus status, String detail) {
        return HttpResponse.<Problem>status(status)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail))
                .contentType(PROBLEM_JSON);
    }

    @Singleton
    @Produces
    @Requires(classes = {Forbidden.class, ExceptionHandler.class})
    static class ForbiddenHandler implements ExceptionHandler<Forbidden, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Forbidden e) {
            return respond(HttpStatus.FORBIDDEN, e.getMessage());
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {NotFound.class, ExceptionHandler.class})
    static class NotFoundHandler implements ExceptionHandler<NotFound, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, NotFound e) {
            return respond(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {BadRequest.class, ExceptionHandler.class})
    static class BadRequestHandler implements ExceptionHandler<BadRequest, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, BadRequest e) {
            return respond(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Singleton
    @Produces
    @Requires(classes = {Conflict.class, ExceptionHandler.class})
    static class ConflictHandler implements ExceptionHandler<Conflict, HttpResponse<Problem>> {
        @Override
        public HttpResponse<Problem> handle(HttpRequest request, Conflict e) {
            return respond(HttpStatus.CONFLICT, e.getMessage());
        }
    }
}
