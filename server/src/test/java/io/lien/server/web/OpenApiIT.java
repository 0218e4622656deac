package io.lien.server.web;

import io.lien.server.ServerFixture;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OpenAPI document the build writes describes every route the server has, and Swagger UI serves it offline. */
class OpenApiIT {

    private static ServerFixture server;

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyApiRouteIsInTheDocumentWithItsMethod() {
        HttpResponse<String> doc = server.get("/swagger/lien-1.yml", null);
        assertEquals(200, doc.statusCode());
        Set<String> missing = new TreeSet<>();
        List<UriRouteInfo<?, ?>> routes = server.context().getBean(Router.class).uriRoutes().toList();
        for (UriRouteInfo<?, ?> route : routes) {
            String path = route.getUriMatchTemplate().toPathString().replaceAll("\\{([^}?:]+)[^}]*}", "{$1}");
            // HEAD is added by Micronaut to every GET; the document lists the GET
            if (!path.startsWith("/api/") || route.getHttpMethod().name().equals("HEAD")) {
                continue;
            }
            String method = route.getHttpMethod().name().toLowerCase(Locale.ROOT);
            int at = doc.body().indexOf("\n  " + path + ":\n");
            int next = at < 0 ? -1 : doc.body().indexOf("\n  /", at + 3);
            String block = at < 0 ? "" : doc.body().substring(at, next < 0 ? doc.body().length() : next);
            if (!block.contains("\n    " + method + ":")) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        assertTrue(routes.size() > 20, "routes seen: " + routes.size());
        assertTrue(missing.isEmpty(), "not in the OpenAPI document: " + missing);
        assertTrue(doc.body().contains("bearerFormat: JWT"), "the bearer scheme is documented");
    }

    @Test
    void swaggerUiIsServedWithItsOwnResourcesNoCdn() {
        HttpResponse<String> page = server.get("/swagger-ui/index.html", null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/swagger-ui/res/swagger-ui-bundle.js"), page.body());
        assertTrue(!page.body().contains("unpkg.com") && !page.body().contains("cdn."), "nothing fetched from the internet");
        assertEquals(200, server.get("/swagger-ui/res/swagger-ui-bundle.js", null).statusCode());
        assertEquals(200, server.get("/swagger-ui/res/swagger-ui.css", null).statusCode());
    }
}
