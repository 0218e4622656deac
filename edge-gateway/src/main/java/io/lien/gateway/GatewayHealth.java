package io.lien.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lien.protocol.json.JsonWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health} (200 when the uplink is connected and the registry loaded, 503 otherwise,
 * with the reasons), {@code GET /metrics} (every counter, as JSON) and {@code GET /prometheus} (the same for
 * Prometheus, {@link GatewayPrometheus}), from the JDK's HTTP server: a store box needs no web framework here.
 */
final class GatewayHealth {

    private final HttpServer server;

    private GatewayHealth(HttpServer server) {
        this.server = server;
    }

    static GatewayHealth start(int port, EdgeGateway gateway) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("0.0.0.0", port), 0);
        server.createContext("/health", ex -> health(ex, gateway));
        server.createContext("/metrics", ex -> respond(ex, 200, gateway.metrics().snapshot()));
        GatewayPrometheus prometheus = new GatewayPrometheus(gateway.metrics(), gateway.config().storeId(), gateway.config().gatewayId());
        server.createContext("/prometheus", ex -> text(ex, prometheus.scrape()));
        server.start();
        return new GatewayHealth(server);
    }

    private static void health(HttpExchange ex, EdgeGateway gateway) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean uplink = gateway.metrics().uplinkConnected();
        boolean registry = gateway.registryLoaded();
        body.put("status", uplink && registry ? "UP" : "DEGRADED");
        body.put("store", gateway.config().storeId());
        body.put("gateway", gateway.config().gatewayId());
        body.put("uplinkConnected", uplink);
        body.put("registryLoaded", registry);
        body.put("journalPending", gateway.pendingUplink());
        respond(ex, uplink && registry ? 200 : 503, body);
    }

    private static void text(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void respond(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = JsonWriter.write(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    void stop() {
        server.stop(0);
    }
}
