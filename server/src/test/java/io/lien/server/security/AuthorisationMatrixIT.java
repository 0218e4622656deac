package io.lien.server.security;

import io.lien.server.ServerFixture;
import io.lien.server.security.AccessPolicy.Access;
import io.lien.server.setup.BackOfficeFixture;
import io.lien.server.security.AccessPolicy.Caller;
import io.lien.server.web.OpenApiOperations;
import io.lien.server.web.OpenApiOperations.Operation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The authorisation matrix of issue 22: every operation of the OpenAPI document (API and pages) is called by each of
 * nine callers — anonymous, two shoppers, an advisor and the manager of store 1, the manager of store 2, head office,
 * a fixture's screen pass and a gateway's broker credentials used over HTTP — and the answer is held against
 * {@link AccessPolicy}: a caller the policy names is answered (never refused, never a server error), every other one
 * is refused (401/403, or a page's way to its sign-in), and no refused answer carries the store's or a client's data.
 * Besides, nobody but the staff and Camille herself ever reads Camille's surname, e-mail or phone in any answer.
 */
class AuthorisationMatrixIT {

    private static ServerFixture server;
    private static final Map<Caller, String> AUTHORIZATION = new EnumMap<>(Caller.class);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static String link;

    /** What refused answers never carry: the demo store's devices, zones, products, people, secrets. */
    private static final List<String> STORE_DATA = List.of("b-coats", "h-003", "\"zones\"", "\"devices\"", "Léa", "\"lea\"",
            "p-trench", "secret\":\"", "Camille", "Laurent", "camille.laurent");
    /** What only staff and Camille read: her surname, e-mail and phone. */
    private static final List<String> CAMILLE = List.of("Laurent", "camille.laurent", "12 34 56 78");
    private static final java.util.Set<Caller> MAY_READ_CAMILLE = java.util.EnumSet.of(Caller.SHOPPER_A, Caller.ADVISOR, Caller.MANAGER,
            Caller.OTHER_MANAGER);

    @BeforeAll
    static void start() {
        server = ServerFixture.start(Map.of("lien.sign-in.address-free-failures", 10_000));
        String admin = server.token("ines", "lien-demo");
        HttpResponse<String> invited = server.post("/api/stores/demo-lyon/setup/staff", admin,
                "{\"username\":\"lyon-boss\",\"name\":\"Lyon Boss\",\"role\":\"MANAGER\"}");
        server.post("/api/invitations/" + BackOfficeFixture.linkToken(invited), null, "{\"password\":\"lyon boss password\"}");
        String manager = server.token("marc", "lien-demo");
        AUTHORIZATION.put(Caller.SHOPPER_A, bearer(server.token("camille.laurent@example.org", "lien-demo")));
        AUTHORIZATION.put(Caller.SHOPPER_B, bearer(server.token("sophie.martin@example.org", "lien-demo")));
        AUTHORIZATION.put(Caller.ADVISOR, bearer(server.token("lea", "lien-demo")));
        AUTHORIZATION.put(Caller.MANAGER, bearer(manager));
        AUTHORIZATION.put(Caller.OTHER_MANAGER, bearer(server.token("lyon-boss", "lyon boss password")));
        AUTHORIZATION.put(Caller.ADMIN, bearer(admin));
        HttpResponse<String> pass = server.post("/api/stores/demo/fixtures/mirror-1/screen-pass", manager, "");
        Matcher p = Pattern.compile("pass=([^\"&]+)\"").matcher(pass.body());
        assertTrue(p.find(), pass.body());
        AUTHORIZATION.put(Caller.FIXTURE, "Fixture " + java.net.URLDecoder.decode(p.group(1), StandardCharsets.UTF_8));
        String gateway = "gw-demo-1@demo:" + server.gatewaySecret("demo", "gw-demo-1");
        AUTHORIZATION.put(Caller.GATEWAY, "Basic " + Base64.getEncoder().encodeToString(gateway.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> selection = server.post("/api/clients/c-camille/selections", server.token("lea", "lien-demo"),
                "{\"productIds\":[\"p-trench-navy\"]}");
        Matcher l = Pattern.compile("\"link\"\\s*:\\s*\"[^\"]*(/s/[^\"]+)\"").matcher(selection.body());
        assertTrue(l.find(), selection.body());
        link = l.group(1).substring(3);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Reads first, then changes, then what ends a session or a person (signing out, erasure). */
    private static List<Operation> operations() {
        List<Operation> ops = new ArrayList<>(OpenApiOperations.of(server));
        ops.sort(Comparator.comparingInt(AuthorisationMatrixIT::rank));
        return ops;
    }

    private static int rank(Operation op) {
        if (op.method().equals("DELETE") && op.template().equals("/api/shopper")) {
            return 3; // erases each shopper: the very last
        }
        return op.template().endsWith("/sign-out") ? 2 : op.reads() ? 0 : 1;
    }

    /** The path with its variables: real ones to read (so an answer could leak), none to change (so nothing is). */
    static String fill(Operation op) {
        String t = op.template().replace("{storeId}", "demo");
        if (t.startsWith("/fixtures/")) {
            t = t.replace("{fixtureId}", "mirror-1");
        }
        if (op.reads()) {
            t = t.replace("{clientId}", "c-camille").replace("{linkId}", link).replace("{productId}", "p-trench-navy")
                    .replace("{table}", "visits").replace("{deviceId}", "h-003").replace("{zoneId}", "coats")
                    .replace("{username}", "lea");
        }
        for (String number : op.numberVariables()) {
            t = t.replace("{" + number + "}", "0");
        }
        return t.replaceAll("\\{[^}]+}", "x-none");
    }

    private static final String BOUNDARY = "matrix-boundary";
    /** A form with one file part, as the plan picture's form sends it (the bytes are no picture). */
    private static final String MULTIPART = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"plan.png\"\r\n"
            + "Content-Type: image/png\r\n\r\nnot a png\r\n--" + BOUNDARY + "--\r\n";

    record Answer(int status, String location, String body) {
    }

    private static Answer call(Operation op, Caller caller) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.http(fill(op))).timeout(Duration.ofSeconds(10));
        Optional.ofNullable(AUTHORIZATION.get(caller)).ifPresent(a -> b.header("Authorization", a));
        String type = op.bodyType() == null ? "application/json" : op.bodyType();
        String body = switch (type) {
            case "application/x-www-form-urlencoded" -> "lang=en";
            case "multipart/form-data" -> MULTIPART;
            case "text/csv" -> "not,a,catalogue\n";
            default -> type.startsWith("image/") ? "not a png" : "{}";
        };
        b.header("Content-Type", type.equals("multipart/form-data") ? type + "; boundary=" + BOUNDARY : type);
        HttpRequest request = op.method().equals("GET") ? b.GET().build()
                : op.method().equals("DELETE") ? b.DELETE().build()
                : b.method(op.method(), HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<InputStream> r = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String location = r.headers().firstValue("Location").orElse("");
            boolean stream = r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
            try (InputStream in = r.body()) {
                String text = stream ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return new Answer(r.statusCode(), location, text);
            }
        } catch (HttpTimeoutException e) {
            return new Answer(0, "", ""); // a stream held open: answered
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static boolean refused(Answer a) {
        return a.status() == 401 || a.status() == 403 || a.status() / 100 == 3 && a.location().contains("sign-in");
    }

    @Test
    void everyOperationAnswersExactlyTheCallersItsPolicyNamesAndLeaksNothingToTheOthers() {
        List<Operation> ops = operations();
        assertTrue(ops.size() >= 150, "operations in the document: " + ops.size());
        List<String> wrong = new ArrayList<>();
        List<String> table = new ArrayList<>();
        int calls = 0;
        int refusals = 0;
        for (Operation op : ops) {
            Optional<Access> access = AccessPolicy.of(op);
            if (access.isEmpty()) {
                wrong.add(op.name() + ": no rule in AccessPolicy");
                continue;
            }
            StringBuilder row = new StringBuilder(op.name());
            for (Caller caller : Caller.values()) {
                Answer a = call(op, caller);
                calls++;
                refusals += refused(a) ? 1 : 0;
                row.append(" | ").append(caller).append(' ').append(a.status());
                String what = op.name() + " as " + caller + " → " + a.status() + " " + a.location() + " " + cut(a.body());
                boolean allowed = access.get().callers.contains(caller);
                if (a.status() >= 500) {
                    wrong.add(what);
                } else if (allowed == refused(a)) {
                    wrong.add((allowed ? "refused: " : "answered: ") + what);
                } else if (!allowed && STORE_DATA.stream().anyMatch(a.body()::contains)) {
                    wrong.add("leaks: " + what);
                } else if (!MAY_READ_CAMILLE.contains(caller) && !op.template().startsWith("/s/")
                        && CAMILLE.stream().anyMatch(a.body()::contains)) {
                    wrong.add("reads Camille: " + what);
                }
            }
            table.add(row.toString());
        }
        System.out.printf("authorisation matrix: %d operations × %d callers = %,d calls, %,d refused, %,d answered, %d wrong%n%s%n",
                ops.size(), Caller.values().length, calls, refusals, calls - refusals, wrong.size(), String.join("\n", table));
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + calls + " calls answered wrongly:\n" + String.join("\n", wrong));
    }

    @Test
    void everyOperationOfTheDocumentHasARule() {
        List<String> without = operations().stream().filter(o -> AccessPolicy.of(o).isEmpty()).map(Operation::name).toList();
        assertEquals(List.of(), without);
    }

    private static String cut(String s) {
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
