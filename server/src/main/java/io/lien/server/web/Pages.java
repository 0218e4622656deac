package io.lien.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;

/**
 * Renders every page Lien serves: jte templates in {@code src/main/jte}, compiled with the code by the
 * build (a template that does not type-check fails the build), escaping by default (decision 0021).
 * Each template wraps itself in {@code layout.jte}; the security headers are added to every answer by
 * {@link SecurityHeaders}.
 */
@Singleton
public final class Pages {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** {@code template} (a name in src/main/jte, without .jte) rendered with its one parameter, {@code model}. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput(8192);
        engine.render(template + ".jte", model, out);
        return out.toString();
    }

    /** The page as an answer: HTML, never cached (pages hold people's words). */
    public io.micronaut.http.MutableHttpResponse<String> respond(HttpStatus status, String template, Object model) {
        return HttpResponse.<String>status(status).contentType(HTML).header("Cache-Control", "no-store")
                .body(render(template, model));
    }
}
