package io.lien.bench;

import io.lien.gateway.EdgeGateway;
import io.lien.gateway.GatewayConfig;
import io.lien.protocol.uplink.DeviceCredential;
import io.lien.server.Application;
import io.lien.server.displays.application.DisplayRedraws;
import io.lien.server.displays.application.DisplaySender;
import io.lien.server.mqtt.BrokerAddress;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.DeviceSecret;
import io.lien.server.registry.DeviceSecretRepository;
import io.lien.server.registry.Hanger;
import io.lien.server.registry.HangerRepository;
import io.lien.server.registry.RegistryPublisher;
import io.lien.server.stock.application.StockLedger;
import io.lien.sim.MqttDeviceLink;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 19's targets, end to end through the real gateway: devices on the gateway's store broker,
 * the server with its embedded broker, a tablet and the mirror's page on SSE.
 * <ol>
 * <li>a mirror tap → the tablet's moment (reference: a hanger's like → its moment, the same path);</li>
 * <li>an advisor's claim → the mirror's page, the mirror's device display and the hanger's display
 * (reference: the claim's HTTP answer itself);</li>
 * <li>a stock change → every affected hanger's display, in a store of 3,000 hangers (one garment's
 * sizes; then every garment at once), with the display messages sent and deferred by the bound.</li>
 * </ol>
 * Run: {@code ./mvnw install -DskipTests -Pbench-displays} (args: rounds, hangers).
 */
public final class DisplayBenchmark {

    private record Shown(String deviceId, String payload, long at) {
    }

    private static final ConcurrentLinkedQueue<Shown> DISPLAYS = new ConcurrentLinkedQueue<>();
    private static final Map<String, String> LAST = new ConcurrentHashMap<>();
    private static final Map<String, long[]> SEQ = new ConcurrentHashMap<>();
    private static final Random RANDOM = new Random(19);

    private DisplayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            run(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int hangers = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        Path data = Files.createTempDirectory("lien-display-bench");
        ApplicationContext server = Application.start(Map.of("lien.data-dir", data.toString(), "lien.mqtt.embedded-port", 0,
                "micronaut.server.port", -1));
        String base = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        List<String> hangerIds = grow(server, hangers);
        EdgeGateway gateway = EdgeGateway.start(GatewayConfig.of("demo", "gw-display-bench", server.getBean(BrokerAddress.class).uri(),
                data.resolve("gateway")).withEmbeddedLan("127.0.0.1", 0)
                .withUplinkSecret(CentralSignIn.secret(server, "demo", "gw-display-bench")));
        MqttDeviceLink devices = new MqttDeviceLink(gateway.lanUri());
        devices.showDisplays(id -> id.startsWith("h-") ? "dev/hanger/" + id + "/display"
                : id.equals("mirror-1") ? "dev/fixture/mirror-1/display" : null, (id, payload) -> {
            // the JSON may escape "é": what a device shows is the parsed text
            String text = String.valueOf(io.lien.protocol.json.Json.parse(payload));
            DISPLAYS.add(new Shown(id, text, System.nanoTime()));
            LAST.put(id, text);
        });
        List<String> all = new ArrayList<>(hangerIds);
        all.add("mirror-1");
        long connecting = System.nanoTime();
        devices.prepare(all);
        waitFor(() -> hangerIds.stream().allMatch(LAST::containsKey), 120_000);
        double firstScreens = (System.nanoTime() - connecting) / 1e9;

        String token = SseFanOutBenchmark.token(base);
        HttpClient http = HttpClient.newHttpClient();
        Stream tablet = Stream.open(http, base + "/api/stores/demo/moments/stream", "Authorization", "Bearer " + token);
        String cookie = mirrorCookie(http, base);
        Stream page = Stream.open(http, base + "/fixtures/mirror-1/events?lang=fr", "Cookie", cookie);
        Thread.sleep(1_000);

        List<Double> tap = new ArrayList<>();
        List<Double> like = new ArrayList<>();
        List<Double> claimHttp = new ArrayList<>();
        List<Double> toPage = new ArrayList<>();
        List<Double> toMirror = new ArrayList<>();
        List<Double> toHanger = new ArrayList<>();
        for (int i = 0; i < rounds + 20; i++) {
            boolean warm = i < 20;
            String hanger = String.format("h-%03d", 1 + i % 40);
            // reference: a like at a hanger → its moment on the tablet
            long t = System.nanoTime();
            device(devices, hanger, "dev/hanger/" + hanger + "/button", "\"button\":\"like\"");
            Stream.Event liked = tablet.next(e -> e.data().contains("\"kind\":\"LIKE\""), t);
            add(warm, like, liked.at() - t);

            // a mirror tap → the tablet
            t = System.nanoTime();
            device(devices, "mirror-1", "dev/fixture/mirror-1/tap", "\"action\":\"call-advisor\"");
            Stream.Event call = tablet.next(e -> e.data().contains("\"kind\":\"ADVISOR_CALL\""), t);
            add(warm, tap, call.at() - t);

            // the advisor's answer → the mirror's page and display
            long claimAt = System.nanoTime();
            HttpResponse<String> claimed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/stores/demo/moments/" + call.id() + "/claim"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            add(warm, claimHttp, System.nanoTime() - claimAt);
            if (claimed.statusCode() != 201) {
                throw new IllegalStateException("claim: " + claimed.statusCode() + " " + claimed.body());
            }
            add(warm, toPage, page.next(e -> e.data().contains("Léa arrive"), claimAt).at() - claimAt);
            add(warm, toMirror, shown("mirror-1", p -> p.contains("Léa arrive"), claimAt) - claimAt);

            // help at a hanger, taken → the hanger's display
            device(devices, hanger, "dev/hanger/" + hanger + "/button", "\"button\":\"help\"");
            Stream.Event help = tablet.next(e -> e.data().contains("\"kind\":\"HELP\""), claimAt);
            shown(hanger, p -> p.contains("Demande transmise"), claimAt);
            long helpClaimAt = System.nanoTime();
            http.send(HttpRequest.newBuilder(URI.create(base + "/api/stores/demo/moments/" + help.id() + "/claim"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            add(warm, toHanger, shown(hanger, p -> p.contains("Léa arrive"), helpClaimAt) - helpClaimAt);

            // the next shopper: the mirror back to its first screen
            http.send(HttpRequest.newBuilder(URI.create(base + "/fixtures/mirror-1/reset")).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("lang=fr")).build(),
                    HttpResponse.BodyHandlers.discarding());
            shown("mirror-1", p -> !p.contains("Léa arrive"), helpClaimAt);
        }

        StockLedger ledger = server.getBean(StockLedger.class);
        DisplayRedraws redraws = server.getBean(DisplayRedraws.class);
        DeviceRegistry registry = server.getBean(DeviceRegistry.class);
        List<String> trench = hangerIds.stream().filter(h -> registry.hanger(h).orElseThrow().productId().equals("p-trench-navy")).toList();
        List<Double> oneGarment = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            ledger.count("demo", "p-trench-navy/40", i % 2 == 0 ? 0 : 1, "count", "bench", null);
            oneGarment.add(allShown(trench, t) / 1e6);
        }
        DisplaySender.Counts before = redraws.counts();
        long t = System.nanoTime();
        for (String variant : new String[]{"p-trench-navy/36", "p-coat-camel/36", "p-sweater-cashmere/M", "p-cardigan-ecru/M",
                "p-dress-emerald/36", "p-dress-floral/36", "p-scarf-navy/TU", "p-tote-tan/TU"}) {
            ledger.count("demo", variant, 0, "count", "bench", null);
        }
        double everything = allShown(hangerIds, t) / 1e6;
        DisplaySender.Counts after = redraws.counts();
        long sentForIt = after.sent() - before.sent();

        Collections.sort(tap);
        Collections.sort(like);
        Collections.sort(claimHttp);
        Collections.sort(toPage);
        Collections.sort(toMirror);
        Collections.sort(toHanger);
        Collections.sort(oneGarment);
        System.out.println();
        System.out.printf("Displays — demo store grown to %,d hangers (+1 mirror), each device on its own connection to the real gateway;%n", hangers);
        System.out.printf("server (embedded broker, H2), gateway, devices, tablet and mirror page in one JVM; %d rounds after 20 of warm-up%n", rounds);
        System.out.printf("every hanger's first display after connecting (retained): %.1f s for %,d devices%n", firstScreens, all.size());
        System.out.println("reference: a hanger's like → tablet moment " + line(like));
        System.out.println("mirror tap → tablet moment                  " + line(tap) + ratio(tap, like));
        System.out.println("reference: the claim's HTTP answer          " + line(claimHttp));
        System.out.println("claim → mirror page (SSE)                   " + line(toPage) + ratio(toPage, claimHttp));
        System.out.println("claim → mirror's device display             " + line(toMirror) + ratio(toMirror, claimHttp));
        System.out.println("claim → hanger's display (LED on)           " + line(toHanger) + ratio(toHanger, claimHttp));
        System.out.printf("a size of one garment sold out/back → its %d hangers' displays: p50 %.0f ms, max %.0f ms (10 changes)%n",
                trench.size(), Percentile.of(oneGarment, 50), oneGarment.get(oneGarment.size() - 1));
        System.out.printf("a size of every garment sold out at once → all %,d hangers' displays: %.0f ms; %,d messages sent (%,.0f/s), "
                        + "%,d deferred by the %d/s bound%n", hangerIds.size(), everything, sentForIt, sentForIt / (everything / 1000.0),
                after.deferred() - before.deferred(), 2_000);
        System.out.printf("display messages over the run: %,d sent, %,d unchanged (not sent), %,d deferred, %,d failed%n",
                after.sent(), after.unchanged(), after.deferred(), after.failed());
        tablet.close();
        page.close();
        devices.close();
        gateway.close();
        server.close();
    }

    /** The demo store with {@code total} hangers: h-041… copy the racks of h-001…h-040, each device with its demo secret. */
    private static List<String> grow(ApplicationContext server, int total) throws Exception {
        DeviceRegistry registry = server.getBean(DeviceRegistry.class);
        List<Hanger> more = new ArrayList<>();
        List<DeviceSecret> secrets = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 41; i <= total; i++) {
            Hanger like = registry.hanger(String.format("h-%03d", 1 + (i - 1) % 40)).orElseThrow();
            String id = String.format("h-%03d", i);
            more.add(new Hanger(id, "demo", like.productId(), like.size(), like.colour(), like.zoneId()));
            secrets.add(new DeviceSecret(id, "demo", DeviceCredential.of(DeviceCredential.demoSecret(id)).text(), now, "bench"));
        }
        server.getBean(HangerRepository.class).saveAll(more);
        server.getBean(DeviceSecretRepository.class).saveAll(secrets);
        registry.reload();
        server.getBean(RegistryPublisher.class).publish("demo");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            ids.add(String.format("h-%03d", i));
        }
        return ids;
    }

    private static String mirrorCookie(HttpClient http, String base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/fixtures/mirror-1/start?pass=mirror-1.lien-demo-screen"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow(() -> new IllegalStateException("no pass cookie: " + r.statusCode()));
        return cookie.substring(0, cookie.indexOf(';'));
    }

    private static void device(MqttDeviceLink devices, String id, String topic, String fields) {
        long[] s = SEQ.computeIfAbsent(id, k -> new long[]{RANDOM.nextInt(1 << 30), 0});
        devices.publish(id, topic, "{\"boot\":" + s[0] + ",\"seq\":" + s[1]++ + ",\"ts\":" + System.currentTimeMillis() + "," + fields + "}", 1);
    }

    /** When the device was first shown a display matching {@code what} after {@code since} (nanoTime). */
    private static long shown(String deviceId, Predicate<String> what, long since) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (Shown s : DISPLAYS) {
                if (s.at() >= since && s.deviceId().equals(deviceId) && what.test(s.payload())) {
                    return s.at();
                }
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException(deviceId + " was not shown what was expected; last: " + LAST.get(deviceId));
    }

    /** Nanoseconds from {@code since} until every one of {@code devices} got a new display. */
    private static long allShown(List<String> devices, long since) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        java.util.Set<String> waiting = new java.util.HashSet<>(devices);
        long last = since;
        while (!waiting.isEmpty() && System.currentTimeMillis() < deadline) {
            for (Shown s : DISPLAYS) {
                if (s.at() >= since && waiting.remove(s.deviceId())) {
                    last = Math.max(last, s.at());
                }
            }
            Thread.sleep(5);
        }
        if (!waiting.isEmpty()) {
            throw new IllegalStateException(waiting.size() + " hangers never got their new display");
        }
        DISPLAYS.removeIf(s -> s.at() < since);
        return last - since;
    }

    private static void waitFor(java.util.function.BooleanSupplier done, long ms) throws InterruptedException {
        long deadline = System.currentTimeMillis() + ms;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static void add(boolean warm, List<Double> into, long nanos) {
        if (!warm) {
            into.add(nanos / 1e6);
        }
    }

    private static String line(List<Double> sorted) {
        return String.format("p50 %6.1f ms, p99 %6.1f ms, max %6.1f ms", Percentile.of(sorted, 50), Percentile.of(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static String ratio(List<Double> measured, List<Double> reference) {
        return String.format("  (p50 ×%.1f the reference)", Percentile.of(measured, 50) / Percentile.of(reference, 50));
    }

    /** A server-sent event stream: each event's data and id, when it arrived. */
    static final class Stream implements AutoCloseable {
        record Event(long id, String data, long at) {
        }

        private final ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        private final Thread reader;

        private Stream(HttpClient http, String url, String header, String value) {
            reader = new Thread(() -> {
                try {
                    http.send(HttpRequest.newBuilder(URI.create(url)).header(header, value).header("Accept", "text/event-stream").build(),
                            HttpResponse.BodyHandlers.ofLines()).body().forEach(l -> {
                        if (l.startsWith("data:")) {
                            Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(l.substring(5).trim());
                            events.add(new Event(m.find() ? Long.parseLong(m.group(1)) : -1, l.substring(5), System.nanoTime()));
                        }
                    });
                } catch (Exception e) {
                    // closed at the end
                }
            }, "bench-sse");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(HttpClient http, String url, String header, String value) {
            return new Stream(http, url, header, value);
        }

        /** The first event matching {@code what} that arrived after {@code since}; it is consumed. */
        Event next(Predicate<Event> what, long since) throws InterruptedException {
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (Event e : events) {
                    if (e.at() >= since && what.test(e)) {
                        events.remove(e);
                        return e;
                    }
                }
                Thread.sleep(1);
            }
            throw new IllegalStateException("no such event within 30 s");
        }

        @Override
        public void close() {
            reader.interrupt();
        }
    }
}
