package io.lien.launcher.bench;

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

/**
 * P4: server start-up — a new process on an empty data folder (migrations, demo store, embedded
 * broker) and again on the same folder (a restart) — timed from process start to the first 200
 * of {@code /health}; then the resident memory after 10 s idle. The reference in the same run is a
 * bare JVM printing its version. Run: {@code ./mvnw install -DskipTests -Pbench-startup}
 * (args: runs, then JVM options for the server, e.g. {@code -XX:TieredStopAtLevel=1}).
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<String> jvmOptions = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> bare = new ArrayList<>();
        List<Long> fresh = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            new ProcessBuilder(java, "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            bare.add((System.nanoTime() - t) / 1_000_000);
            Path data = Files.createTempDirectory("lien-startup-bench");
            fresh.add(startAndStop(java, jvmOptions, data, null));
            again.add(startAndStop(java, jvmOptions, data, rss));
        }
        System.out.println();
        System.out.printf("Server start-up, %d runs, JVM options %s%n", runs, jvmOptions.isEmpty() ? "(none)" : String.join(" ", jvmOptions));
        System.out.println("reference, bare JVM (java -version): " + bare + " ms");
        System.out.println("empty data folder (migrations, demo seed): " + fresh + " ms to /health 200");
        System.out.println("restart on the same data:                  " + again + " ms to /health 200");
        System.out.println("resident memory after 10 s idle:           " + rss + " MB");
        System.exit(0);
    }

    private static long startAndStop(String java, List<String> jvmOptions, Path data, List<Long> rss) throws Exception {
        int http = freePort();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dlien.data-dir=" + data,
                "-Dmicronaut.server.port=" + http, "-Dlien.mqtt.embedded-port=" + freePort(), "io.lien.server.Application"));
        long t = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile()).start();
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
