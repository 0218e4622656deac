package io.lien.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * P4: server start-up — a new process on an empty data folder (migrations, demo store, embedded
 * broker) and again on the same folder (a restart) — timed from process start to the first 200
 * of {@code /health}; then the resident memory after 10 s idle. Two ways of starting are measured
 * in turn: {@code server/lien-server}, the documented start (a class-data archive recorded once per
 * build, the serial collector), and a plain {@code java -cp … Application} with the JVM's
 * defaults. The reference in the same run is a bare JVM printing its version.
 * Run: {@code ./mvnw install -DskipTests -Pbench-startup} (args: runs, then JVM options added to both).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> jvmOptions = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = Path.of(System.getProperty("lien.server.script", "../server/lien-server")).toAbsolutePath().normalize();
        Path serverTarget = script.getParent().resolve("target");
        List<String> classpath = new ArrayList<>(List.of(serverTarget.resolve("lien-server.jar").toString()));
        try (var libs = Files.list(serverTarget.resolve("lib"))) {
            libs.map(Path::toString).sorted().forEach(classpath::add);
        }
        List<String> plain = new ArrayList<>(List.of(java));
        plain.addAll(jvmOptions);
        plain.addAll(List.of("-cp", String.join(":", classpath), "io.lien.server.Application"));

        Files.deleteIfExists(serverTarget.resolve("lien-server.jsa"));
        long training = start(List.of(script.toString()), java, jvmOptions, Files.createTempDirectory("lien-startup-train"), null);
        List<Long> bare = new ArrayList<>();
        Results viaScript = new Results();
        Results viaPlainJava = new Results();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            new ProcessBuilder(java, "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            bare.add((System.nanoTime() - t) / 1_000_000);
            viaScript.measure(List.of(script.toString()), java, jvmOptions);
            viaPlainJava.measure(plain, java, List.of());
        }
        System.out.println();
        System.out.printf("Server start-up, %d runs, JVM options %s%n", runs, jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions));
        System.out.println("reference, bare JVM (java -version): " + bare + " ms");
        System.out.println("server/lien-server, first start after a build (records the archive): " + training + " ms to /health 200");
        viaScript.print("server/lien-server (class-data archive, serial GC)");
        viaPlainJava.print("java -cp … Application (JVM defaults)");
        System.exit(0);
    }

    private static final class Results {
        final List<Long> fresh = new ArrayList<>();
        final List<Long> again = new ArrayList<>();
        final List<Long> rss = new ArrayList<>();

        void measure(List<String> command, String java, List<String> jvmOptions) throws Exception {
            Path data = Files.createTempDirectory("lien-startup-bench");
            fresh.add(start(command, java, jvmOptions, data, null));
            again.add(start(command, java, jvmOptions, data, rss));
        }

        void print(String how) {
            System.out.println(how + ":");
            System.out.println("  empty data folder (migrations, demo seed): " + fresh + " ms to /health 200");
            System.out.println("  restart on the same data:                  " + again + " ms to /health 200");
            System.out.println("  resident memory after 10 s idle:           " + rss + " MB");
        }
    }

    /** Starts the server, returns the ms to its first {@code /health} 200, stops it. */
    private static long start(List<String> command, String java, List<String> jvmOptions, Path data, List<Long> rss) throws Exception {
        int http = freePort();
        List<String> properties = List.of("-Dlien.data-dir=" + data, "-Dmicronaut.server.port=" + http,
                "-Dlien.mqtt.embedded-port=" + freePort());
        boolean script = command.get(0).endsWith("lien-server");
        List<String> full = new ArrayList<>(command);
        if (!script) {
            full.addAll(1, properties);
        }
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(data.resolve("server.log").toFile());
        if (script) {
            // the script takes its JVM options and properties from JAVA_OPTS, its JVM from JAVA
            List<String> options = new ArrayList<>(jvmOptions);
            options.addAll(properties);
            builder.environment().putAll(Map.of("JAVA", java, "JAVA_OPTS", String.join(" ", options)));
        }
        long t = System.nanoTime();
        Process server = builder.start();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/health")).GET().build();
        long took = -1;
        while (server.isAlive() && System.nanoTime() - t < 120_000_000_000L) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    took = (System.nanoTime() - t) / 1_000_000;
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        if (rss != null) {
            Thread.sleep(10_000);
            rss.add(residentMb(server.pid()));
        }
        server.destroy();
        server.waitFor();
        return took;
    }

    private static long residentMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
            }
        }
        return -1;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
