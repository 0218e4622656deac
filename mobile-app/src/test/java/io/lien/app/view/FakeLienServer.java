package io.lien.app.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the Lien server's REST and SSE contract, for UI tests of the app alone (the
 * launcher module's end-to-end test runs the app's API client against the real server).
 */
final class FakeLienServer implements AutoCloseable {

    private final HttpServer server;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();
    private volatile boolean open = true;

    FakeLienServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/login", this::login);
        server.createContext("/api/me", this::me);
        server.createContext("/api/me/store", ex -> {
            received.add("store " + body(ex));
            json(ex, "{\"access_token\":\"token-lyon\",\"username\":\"marc\"}");
        });
        server.createContext("/api/stores/demo/live", ex -> json(ex, """
                {"storeId":"demo","shoppersInStore":2,"anonymousShoppers":1,"clients":[{"clientId":"c-camille",
                "firstName":"Camille","lastName":"Laurent","zoneId":"coats","zoneName":"%s",
                "arrivedAt":%d,"zoneSince":%d,"approachability":"advice-welcome"}],"lifted":[],"inFittingRooms":[]}
                """.formatted(say(ex, "Coats", "Manteaux"), System.currentTimeMillis() - 240_000, System.currentTimeMillis())));
        server.createContext("/api/clients/c-camille", ex -> json(ex, """
                {"id":"c-camille","firstName":"Camille","lastName":"Laurent","language":"fr","preferredChannel":"whatsapp",
                "sizes":"coats 38","interests":"tailoring, navy and camel","approachability":"advice-welcome",
                "presenceConsent":true,"consents":{"presence":true,"profiling":true,"contact-messaging":true},
                "quietHours":"21:00-08:00","importantDates":[{"kind":"birthday","person":"her daughter Inès","month":12,"day":2,"inDays":9}],
                "relationships":[{"kind":"brought","name":"Amara Diallo","clientId":"c-amara","since":1,"ordersSince":1}],
                "touchedToday":[{"productId":"p-trench-navy","name":"%s","size":"38","tried":true}],
                "conversationStarters":[{"kind":"date","text":"%s","reason":"%s"}],"timeline":[{"ts":1760000000000,"channel":"WEB","kind":"ORDER",
                "summary":"Navy silk scarf, for herself","productId":"p-scarf-navy","size":"TU","amountCents":9500}]}
                """.formatted(say(ex, "the navy trench coat", "le trench bleu marine"),
                say(ex, "Inès's birthday is in 9 days.", "L'anniversaire de Inès est dans 9 jours."),
                say(ex, "Inès's birthday is on 2 December", "anniversaire de Inès le 2 décembre"))));
        server.createContext("/api/stores/demo/moments/stream", this::stream);
        server.createContext("/api/stores/demo/moments/", ex -> {
            long id = Long.parseLong(ex.getRequestURI().getPath().replaceAll(".*/moments/(\\d+)/claim", "$1"));
            json(ex, 201, "{\"id\":" + (id + 1000) + ",\"storeId\":\"demo\",\"ts\":" + System.currentTimeMillis()
                    + ",\"kind\":\"CLAIM\",\"text\":\"" + say(ex, "Léa is on it", "Léa s'en occupe") + "\",\"refersTo\":" + id
                    + ",\"advisor\":\"lea\",\"advisorName\":\"Léa\"}");
        });
        server.createContext("/api/notes/tags", ex -> json(ex, """
                [{"code":"gift","name":"%s"},{"code":"waiting-for-size","name":"%s"}]""".formatted(say(ex, "Gift", "Cadeau"),
                say(ex, "Waiting for a size", "Attend une taille"))));
        server.createContext("/api/clients/c-camille/notes", ex -> {
            received.add("note " + body(ex));
            json(ex, 201, "{\"id\":1,\"ts\":1,\"summary\":\"x\",\"author\":\"lea\"}");
        });
        server.createContext("/api/products", ex -> json(ex, """
                [{"id":"p-scarf-navy","name":"%s","category":"accessory","priceCents":9500},
                {"id":"p-trench-navy","name":"%s","category":"coat","priceCents":42000}]""".formatted(
                say(ex, "the navy silk scarf", "le foulard en soie marine"), say(ex, "the navy trench coat", "le trench bleu marine"))));
        server.createContext("/api/clients/c-camille/selections", ex -> {
            received.add("selection " + body(ex));
            json(ex, 201, "{\"id\":\"abc\",\"link\":\"http://x/s/abc\",\"productIds\":[\"p-trench-navy\"],\"advisor\":\"lea\","
                    + "\"channel\":\"whatsapp\",\"createdAt\":1,\"sendAfter\":1,\"sentAt\":2}");
        });
        server.createContext("/api/clients/c-camille/follow-ups", ex -> {
            String b = body(ex);
            if (down) {
                ex.close();
                return;
            }
            received.add("follow-up " + b);
            String due = b.replaceAll(".*\"dueOn\":\"([^\"]+)\".*", "$1");
            String text = b.replaceAll(".*\"text\":\"([^\"]+)\".*", "$1");
            followUps.add("{\"id\":" + (followUps.size() + 1) + ",\"clientId\":\"c-camille\",\"clientName\":\"Camille Laurent\","
                    + "\"advisor\":\"lea\",\"dueOn\":\"" + due + "\",\"text\":\"" + text + "\",\"createdAt\":1,\"late\":false}");
            json(ex, 201, followUps.get(followUps.size() - 1));
        });
        server.createContext("/api/follow-ups", ex -> json(ex, "[" + String.join(",", followUps) + "]"));
        server.createContext("/api/stores/demo-lyon/insights/summary", ex -> json(ex, """
                {"storeId":"demo-lyon","from":"2026-11-30","to":"2026-12-06","visits":412,"visitsChange":8,"consentShare":18,
                 "averageMinutes":16,"tryOnRate":40,"conversion":21,"conversionBefore":15,
                 "busiestZones":[{"zoneId":"coats","name":"coats","dwellMinutes":512,"exposure":64}],
                 "triedNotBought":[{"productId":"p-dress-floral","name":"the floral midi dress","tried":24,"boughtAfterTrying":2,
                   "critical":["The fabric creases"]}],
                 "calls":40,"callsUnanswered":3,"momentsAnswered":37,"averageAnswerSeconds":45,"boughtElsewhereAfterTrying":12,
                 "kinds":[{"code":"quick-mission","visits":170,"share":41}],"pagePath":"/insights/stores/demo-lyon"}"""));
        server.start();
    }

    /** What the app wrote to the server, in order ("note {…}", "selection {…}", "follow-up {…}"). */
    final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> followUps = new CopyOnWriteArrayList<>();
    /** While down, every request is dropped unanswered, as a tablet out of Wi-Fi sees it. */
    volatile boolean down;

    private static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The server words what it writes in the language the app asks for, as the real one does. */
    private static String say(HttpExchange ex, String english, String french) {
        String asked = ex.getRequestHeaders().getFirst("Accept-Language");
        return asked != null && asked.startsWith("fr") ? french : english;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void push(long id, String text, String clientId) {
        String client = clientId == null ? "null" : "\"" + clientId + "\"";
        events.add("id: " + id + "\nevent: moment\ndata: {\"id\":" + id + ",\"storeId\":\"demo\",\"ts\":" + System.currentTimeMillis()
                + ",\"kind\":\"LIFT\",\"text\":\"" + text + "\",\"clientId\":" + client
                + ",\"approachability\":\"advice-welcome\"}\n\n");
    }

    private static final String STORES = "\"stores\":[{\"id\":\"demo\",\"name\":\"Lien Démo — Le Marais\",\"city\":\"Paris\"}";
    private static final String LYON = ",{\"id\":\"demo-lyon\",\"name\":\"Lien Démo — Lyon\",\"city\":\"Lyon\"}";

    /** Léa works in one store; Marc (token-marc, then token-lyon once he chose) manages two. */
    private void me(HttpExchange ex) throws IOException {
        String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
        if (auth.equals("Bearer token-marc") || auth.equals("Bearer token-lyon")) {
            json(ex, "{\"username\":\"marc\",\"name\":\"Marc Lefèvre\",\"storeId\":\"" + (auth.endsWith("lyon") ? "demo-lyon" : "demo")
                    + "\",\"roles\":[\"MANAGER\"]," + STORES + LYON + "]}");
        } else {
            json(ex, "{\"username\":\"lea\",\"name\":\"Léa Dubois\",\"storeId\":\"demo\",\"roles\":[\"ADVISOR\"]," + STORES + "]}");
        }
    }

    private void login(HttpExchange ex) throws IOException {
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (body.contains("\"lien-demo\"") && body.contains("\"marc\"")) {
            json(ex, "{\"access_token\":\"token-marc\",\"username\":\"marc\"}");
        } else if (body.contains("\"lien-demo\"")) {
            json(ex, "{\"access_token\":\"token-1\",\"username\":\"lea\"}");
        } else {
            ex.sendResponseHeaders(401, -1);
            ex.close();
        }
    }

    private void stream(HttpExchange ex) throws IOException {
        if (down) {
            ex.close();
            return;
        }
        if (!"Bearer token-1".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            ex.sendResponseHeaders(401, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            while (open && !down) {
                String event = events.poll(200, TimeUnit.MILLISECONDS);
                if (event != null) {
                    out.write(event.getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException | IOException e) {
            // client went away
        }
    }

    private void json(HttpExchange ex, String body) throws IOException {
        json(ex, 200, body);
    }

    private void json(HttpExchange ex, int status, String body) throws IOException {
        if (down) {
            ex.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        open = false;
        server.stop(0);
    }
}
