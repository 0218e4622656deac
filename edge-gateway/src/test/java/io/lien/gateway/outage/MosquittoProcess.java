package io.lien.gateway.outage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A Mosquitto of the test's own on a free port, playing the central broker so the test can cut
 * and restore the uplink. Persistence on, so subscribers' sessions and their queued messages
 * survive a restart, as with a real central broker; no topic aliases, as docs/operations.md asks. It runs as the current user: started as root,
 * Mosquitto would otherwise drop to user "mosquitto" and could not write its database here.
 */
public final class MosquittoProcess implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final Path dir;
    private final int port;
    private Process process;

    public MosquittoProcess(Path dir) throws IOException {
        this(dir, """
                allow_anonymous true
                max_topic_alias 0
                max_queued_messages 0
                """);
    }

    /**
     * With {@code security} instead of letting anyone in: the lines {@code lien broker-config} writes
     * (password file, ACL, client ids forced to user names).
     */
    public MosquittoProcess(Path dir, String security) throws IOException {
        this.dir = dir;
        try (ServerSocket s = new ServerSocket(0)) {
            this.port = s.getLocalPort();
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("mosquitto.conf"), """
                listener %d 127.0.0.1
                persistence true
                persistence_location %s/
                autosave_interval 1
                log_dest file %s/mosquitto.log
                user %s
                %s
                """.formatted(port, dir, dir, System.getProperty("user.name"), security));
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    public void start() throws IOException {
        process = new ProcessBuilder(BINARY.toString(), "-c", dir.resolve("mosquitto.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        await().atMost(Duration.ofSeconds(10)).until(this::answers);
    }

    /** A clean stop (SIGTERM): Mosquitto saves its sessions and queued messages. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process = null;
        }
    }

    private boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
