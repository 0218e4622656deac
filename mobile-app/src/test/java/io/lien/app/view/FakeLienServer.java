package io.lien.app.view;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
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
        server.createContext("/api/me", ex -> json(ex, "{\"username\":\"lea\",\"name\":\"Léa Dubois\",\"storeId\":\"demo\",\"roles\":[\"ADVISOR\"]}"));
        server.createContext("/api/stores/demo/live", ex -> json(ex, """
                {"storeId":"demo","shoppersInStore":2,"anonymousShoppers":1,"clients":[{"clientId":"c-camille",
                "firstName":"Camille","lastName":"Laurent","zoneId":"coats","zoneName":"Coats","zoneNameFr":"Manteaux",
                "arrivedAt":%d,"zoneSince":%d,"approachability":"advice-welcome"}],"lifted":[],"inFittingRooms":[]}
                """.formatted(System.currentTimeMillis() - 240_000, System.currentTimeMillis())));
        server.createContext("/api/clients/c-camille", ex -> json(ex, """
                {"id":"c-camille","firstName":"Camille","lastName":"Laurent","language":"fr","preferredChannel":"whatsapp",
                "sizes":"coats 38","interests":"tailoring, navy and camel","approachability":"advice-welcome",
                "presenceConsent":true,"conversationStarters":[{"kind":"date","text":"Inès's birthday is in 9 days.",
                "textFr":"L'anniversaire de Inès est dans 9 jours.","reason":"her daughter Inès's birthday is on 2 December",
                "reasonFr":"anniversaire de sa fille Inès le 2 décembre"}],"timeline":[{"ts":1760000000000,"channel":"WEB","kind":"ORDER",
                "summary":"Navy silk scarf, for herself","productId":"p-scarf-navy","size":"TU","amountCents":9500}]}
                """));
        server.createContext("/api/stores/demo/moments/stream", this::stream);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void push(long id, String text, String clientId) {
        String client = clientId == null ? "null" : "\"" + clientId + "\"";
        events.add("id: " + id + "\nevent: moment\ndata: {\"id\":" + id + ",\"storeId\":\"demo\",\"ts\":" + System.currentTimeMillis()
                + ",\"kind\":\"LIFT\",\"text\":\"" + text + "\",\"textFr\":\"" + text + "\",\"clientId\":" + client
                + ",\"approachability\":\"advice-welcome\"}\n\n");
    }

    private void login(HttpExchange ex) throws IOException {
        String body;
        try (InputStream in = ex.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (body.contains("\"lien-demo\"")) {
            json(ex, "{\"access_token\":\"token-1\",\"username\":\"lea\"}");
        } else {
            ex.sendResponseHeaders(401, -1);
            ex.close();
        }
    }

    private void stream(HttpExchange ex) throws IOException {
        if (!"Bearer token-1".equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            ex.sendResponseHeaders(401, -1);
            ex.close();
            return;
        }
        ex.getResponseHeaders().add("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            while (open) {
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

    private static void json(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
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
