package io.lien.app.api;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app asks the server for its advisor's language on every call: the server words texts in it. */
class HttpLienApiLanguageTest {

    @Test
    void everyCallSaysTheAdvisorsLanguage() throws Exception {
        AtomicReference<String> asked = new AtomicReference<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/products", exchange -> {
            asked.set(exchange.getRequestHeaders().getFirst("Accept-Language"));
            byte[] body = "[]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            new HttpLienApi(base, Locale.FRENCH).products();
            assertEquals("fr", asked.get());
            new HttpLienApi(base, Locale.ENGLISH).products();
            assertEquals("en", asked.get());
        } finally {
            server.stop(0);
        }
    }
}
