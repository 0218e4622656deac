package io.lien.server.setup;

import io.lien.server.ServerFixture;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may call each back-office endpoint, generated from the OpenAPI document the build writes: every
 * operation under {@code /api/admin} (head office only) and every store set-up operation (head office, or that
 * store's manager) is called as anonymous, a shopper, an advisor, the store's manager, another store's manager
 * and head office. A new endpoint is in the matrix as soon as it is in the document, and the document has every
 * route (OpenApiIT); a back-office controller's route outside these paths fails the test.
 */
class BackOfficeAccessIT {

    private static ServerFixture server;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static final Pattern PATH_LINE = Pattern.compile("  (/\\S+):");
    private static final Pattern METHOD_LINE = Pattern.compile("    (get|post|put|delete):");

    @BeforeAll
    static void start() {
        server = ServerFixture.start();
        String admin = server.token("ines", "lien-demo");
        HttpResponse<String> invited = server.post("/api/stores/demo-lyon/setup/staff", admin,
                "{\"username\":\"lyon-boss\",\"name\":\"Lyon Boss\",\"role\":\"MANAGER\"}");
        server.post("/api/invitations/" + BackOfficeFixture.linkToken(invited), null, "{\"password\":\"lyon boss password\"}");
        TOKENS.put("anonymous", null);
        TOKENS.put("shopper", server.token("camille.laurent@example.org", "lien-demo"));
        TOKENS.put("advisor", server.token("lea", "lien-demo"));
        TOKENS.put("manager", server.token("marc", "lien-demo"));
        TOKENS.put("other-manager", server.token("lyon-boss", "lyon boss password"));
        TOKENS.put("admin", admin);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An operation of the document: its method and path with the variables filled in. */
    record Operation(String method, String template) {
        String path() {
            return template.replace("{storeId}", "demo").replaceAll("\\{[^}]+}", "x-none");
        }

        boolean headOfficeOnly() {
            return template.startsWith("/api/admin/");
        }
    }

    static boolean backOffice(String path) {
        return path.startsWith("/api/admin/") || path.startsWith("/api/stores/{storeId}/setup")
                || path.endsWith("/credentials") || path.endsWith("/screen-pass");
    }

    private static List<Operation> operations() {
        HttpResponse<String> doc = server.get("/swagger/lien-1.yml", null);
        assertEquals(200, doc.statusCode());
        List<Operation> ops = new ArrayList<>();
        String path = null;
        for (String line : doc.body().split("\n")) {
            Matcher p = PATH_LINE.matcher(line);
            Matcher m = METHOD_LINE.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (!line.startsWith("  ")) {
                path = null; // left the paths
            } else if (m.matches() && path != null && path.startsWith("/api/") && backOffice(path)) {
                ops.add(new Operation(m.group(1).toUpperCase(Locale.ROOT), path));
            }
        }
        return ops;
    }

    private static HttpResponse<String> call(Operation op, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.http(op.path()));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        boolean upload = op.template().equals("/api/admin/catalogue");
        boolean picture = op.template().endsWith("/plan/picture");
        b.header("Content-Type", upload ? "text/csv" : picture ? "image/png" : "application/json");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString(upload ? "not,a,catalogue\n" : picture ? "not a png" : "{}");
        return server.send(switch (op.method()) {
            case "GET" -> b.GET().build();
            case "DELETE" -> b.DELETE().build();
            default -> b.method(op.method(), body).build();
        });
    }

    @Test
    void everyBackOfficeOperationAnswersEachRoleAsItsRulesSayAndRefusalsLeakNothing() {
        List<Operation> ops = operations();
        assertTrue(ops.size() >= 20, "operations found in the document: " + ops);
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Operation op : ops) {
            for (Map.Entry<String, String> role : TOKENS.entrySet()) {
                boolean allowed = role.getKey().equals("admin") || role.getKey().equals("manager") && !op.headOfficeOnly();
                HttpResponse<String> r = call(op, role.getValue());
                calls++;
                int expectedRefusal = role.getValue() == null ? 401 : 403;
                boolean refused = r.statusCode() == 401 || r.statusCode() == 403;
                if (allowed == refused || !allowed && r.statusCode() != expectedRefusal) {
                    wrong.add(op.method() + " " + op.template() + " as " + role.getKey() + " → " + r.statusCode());
                } else if (!allowed && leaks(r.body())) {
                    wrong.add(op.method() + " " + op.template() + " as " + role.getKey() + " leaks: " + r.body());
                } else if (r.statusCode() >= 500) {
                    wrong.add(op.method() + " " + op.template() + " as " + role.getKey() + " → " + r.statusCode() + " " + r.body());
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls answered wrongly:\n" + String.join("\n", wrong));
    }

    /** A refusal says why, and nothing of the store: no device, zone, person or product of the demo. */
    private static boolean leaks(String body) {
        return Set.of("b-coats", "h-003", "\"zones\"", "\"devices\"", "Léa", "lea", "p-trench", "secret\":\"").stream().anyMatch(body::contains);
    }

    @Test
    void everyRouteOfTheBackOfficesApiControllersIsInTheMatrix() {
        Set<String> outside = new TreeSet<>();
        Set<String> inMatrix = new TreeSet<>(operations().stream().map(o -> o.method() + " " + o.template()).toList());
        Set<String> notCalled = new TreeSet<>();
        List<UriRouteInfo<?, ?>> routes = server.context().getBean(Router.class).uriRoutes().toList();
        for (UriRouteInfo<?, ?> route : routes) {
            String path = route.getUriMatchTemplate().toPathString().replaceAll("\\{([^}?:]+)[^}]*}", "{$1}");
            String method = route.getHttpMethod().name();
            if (path.startsWith("/api/") && backOffice(path) && !method.equals("HEAD") && !inMatrix.contains(method + " " + path)) {
                notCalled.add(method + " " + path);
            }
            boolean setupController = route.getDeclaringType().getPackageName().equals("io.lien.server.setup.web");
            if (setupController && path.startsWith("/api/") && !path.startsWith("/api/invitations/") && !backOffice(path)) {
                outside.add(route.getHttpMethod() + " " + path);
            }
        }
        assertTrue(outside.isEmpty(), "back-office routes the matrix would not call: " + outside);
        assertTrue(notCalled.isEmpty(), "back-office routes missing from the matrix: " + notCalled);
        assertTrue(inMatrix.size() >= 25, "operations in the matrix: " + inMatrix.size() + " " + inMatrix);
    }
}
