package io.lien.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code lien admin}: the back office for scripts — the same operations as its pages, through the server's REST
 * API (docs/back-office.md), as head office or a store's manager. The password is read from
 * {@code --password-file} or the {@code LIEN_PASSWORD} variable, else asked (never an argument: it would show in
 * the process list).
 */
@Command(name = "admin", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"The back office for scripts: open stores, import the catalogue, draw plans and zones, onboard devices,",
                "dress racks, invite people — through a running server's API, as head office or a store's manager."},
        subcommands = {AdminStores.Stores.class, AdminStores.OpenStore.class, AdminStores.Plan.class, AdminStores.Zone.class,
                AdminDevices.Device.class, AdminDevices.Retire.class, AdminDevices.Rack.class, AdminDevices.Gateway.class, AdminStores.Invite.class,
                AdminStores.Changes.class, AdminCatalogue.class})
public final class AdminCommand {

    static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--server", paramLabel = "URL", defaultValue = "${env:LIEN_SERVER:-http://localhost:8080}",
            description = "the server (default: ${DEFAULT-VALUE}; or LIEN_SERVER)")
    URI server;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:LIEN_USER:-admin}",
            description = "who signs in: head office or a store's manager (default: ${DEFAULT-VALUE}; or LIEN_USER)")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "a file whose first line is the password (else LIEN_PASSWORD, else asked)")
    Path passwordFile;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;

    /** The answer's JSON when it is a success; a refusal's reason (the server's problem detail) as the exception. */
    JsonNode call(String method, String path, Object body) {
        String json;
        try {
            json = body == null ? "" : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request(path).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.resolve(path)).timeout(Duration.ofMinutes(2)).header("Authorization", "Bearer " + token());
    }

    JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode answer = r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            if (r.statusCode() >= 400) {
                throw new IllegalStateException(r.statusCode() + " " + answer.path("detail").asText(r.body()));
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("the server at " + server + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String token() {
        if (token == null) {
            try {
                String body = JSON.writeValueAsString(java.util.Map.of("username", user, "password", password()));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.resolve("/login")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("signing in as " + user + " was refused (" + r.statusCode() + ")");
                }
                token = JSON.readTree(r.body()).path("access_token").asText();
            } catch (IOException e) {
                throw new IllegalStateException("the server at " + server + " cannot be reached: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    private String password() throws IOException {
        if (passwordFile != null) {
            return Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        }
        String env = System.getenv("LIEN_PASSWORD");
        if (env != null) {
            return env;
        }
        if (System.console() == null) {
            throw new IllegalStateException("no password: give --password-file or LIEN_PASSWORD (no terminal to ask on)");
        }
        return new String(System.console().readPassword("Password of %s: ", user));
    }
}
