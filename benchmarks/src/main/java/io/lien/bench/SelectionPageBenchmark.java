package io.lien.bench;

import io.lien.server.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 18: the selection page a client opens, served in ≤ 50 ms p95 and ≤ 100 KB transferred. The
 * page (three pieces, their sizes and where each is available, the try-on form) and its stylesheet,
 * one request after the other on a warm server, against {@code /health} in the same run (the
 * reference: what any answer costs here). {@code ./mvnw install -DskipTests -Pbench-page} (args: requests).
 */
public final class SelectionPageBenchmark {

    private SelectionPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        try (ApplicationContext server = Application.start(Map.of("lien.data-dir", Files.createTempDirectory("lien-page-bench").toString(),
                "lien.mqtt.embedded-port", 0, "micronaut.server.port", -1))) {
            String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
            HttpClient http = HttpClient.newHttpClient();
            String token = token(http, base);
            String made = http.send(HttpRequest.newBuilder(URI.create(base + "/api/clients/c-amara/selections"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"productIds\":[\"p-dress-emerald\",\"p-scarf-navy\",\"p-coat-camel\"],"
                            + "\"message\":\"The emerald you loved, a scarf to go with it, and the camel coat in your size.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher link = Pattern.compile("(/s/[A-Za-z0-9_-]{22})").matcher(made);
            if (!link.find()) {
                throw new IllegalStateException("no selection made: " + made);
            }
            URI page = URI.create(base + link.group(1));
            URI health = URI.create(base + "/health");
            measure(http, page, requests / 10);
            measure(http, health, requests / 10);
            List<Double> pageMs = measure(http, page, requests);
            List<Double> healthMs = measure(http, health, requests);
            HttpResponse<byte[]> html = http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> css = http.send(HttpRequest.newBuilder(URI.create(base + "/assets/lien.css")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            System.out.printf("%d requests each, one after the other, %d cores%n", requests, Runtime.getRuntime().availableProcessors());
            System.out.printf("selection page: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n", Percentile.of(pageMs, 50), Percentile.of(pageMs, 95),
                    Percentile.of(pageMs, 99));
            System.out.printf("/health (reference): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms; ratio at p95 %.1f%n", Percentile.of(healthMs, 50),
                    Percentile.of(healthMs, 95), Percentile.of(healthMs, 99), Percentile.of(pageMs, 95) / Percentile.of(healthMs, 95));
            System.out.printf("transferred: page %,d bytes + stylesheet %,d bytes = %,d bytes (no script, no image yet)%n",
                    html.body().length, css.body().length, html.body().length + css.body().length);
        }
    }

    private static List<Double> measure(HttpClient http, URI uri, int n) throws Exception {
        List<Double> ms = new ArrayList<>(n);
        HttpRequest get = HttpRequest.newBuilder(uri).GET().build();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = http.send(get, HttpResponse.BodyHandlers.ofByteArray());
            ms.add((System.nanoTime() - t0) / 1e6);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + r.statusCode());
            }
        }
        Collections.sort(ms);
        return ms;
    }

    private static String token(HttpClient http, String base) throws Exception {
        String body = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"lea\",\"password\":\"lien-demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return m.group(1);
    }
}
