package io.lien.server;

import io.micronaut.context.ApplicationContext;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.micronaut.runtime.Micronaut;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the Lien server. Defaults need nothing installed: an embedded MQTT broker and an H2
 * database under {@code lien.data-dir} (./data). Anything can be overridden by configuration,
 * environment variables or the map given to {@link #start(Map)}.
 */
@OpenAPIDefinition(
        info = @Info(title = "lien", version = "1", description = "Lien's REST and SSE API: the advisor app, managers, "
                + "shoppers (their consents, export, erasure). Errors are application/problem+json. Sign in with POST /login, "
                + "then send Authorization: Bearer <access_token>."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        ApplicationContext context = start(Map.of(), args);
        if (Boolean.getBoolean("lien.stop-after-start")) {
            // a training run (server/lien-server): the JVM records, as it exits, the classes a start needs
            context.close();
            System.exit(0);
        }
    }

    /** Starts a server; tests and the launcher pass their own ports and folders. */
    public static ApplicationContext start(Map<String, Object> properties, String... args) {
        Map<String, Object> props = new HashMap<>(properties);
        String dataDir = String.valueOf(props.getOrDefault("lien.data-dir",
                System.getProperty("lien.data-dir", envOr("LIEN_DATA_DIR", "./data"))));
        props.put("lien.data-dir", dataDir);
        props.putIfAbsent("datasources.default.url", envOr("LIEN_DB_URL",
                // WRITE_DELAY=0: a commit reaches the file before the gateway is told "stored"; with
                // H2's default (500 ms) a kill -9 lost the last half second of commits (ServerKillIT)
                "jdbc:h2:file:" + Path.of(dataDir).toAbsolutePath().resolve("lien") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"));
        props.putIfAbsent("micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret(Path.of(dataDir)));
        return Micronaut.build(args).mainClass(Application.class).properties(props).start();
    }

    /** A per-installation secret, made on first start and kept beside the data; LIEN_JWT_SECRET wins. */
    private static String jwtSecret(Path dataDir) {
        String fromEnv = System.getenv("LIEN_JWT_SECRET");
        if (fromEnv != null && fromEnv.length() >= 32) {
            return fromEnv;
        }
        Path file = dataDir.resolve("jwt-secret");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                byte[] secret = new byte[48];
                new SecureRandom().nextBytes(secret);
                Files.writeString(file, Base64.getEncoder().encodeToString(secret));
                ownerOnly(file);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the JWT secret in " + file, e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
