package io.lien.launcher;

import com.zaxxer.hikari.HikariDataSource;
import io.lien.server.registry.MosquittoFiles;
import io.lien.server.registry.model.MosquittoPasswordHash;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code lien broker-config}: an external Mosquitto set up to let only Lien's own in (decision 0028) —
 * its password file, ACL and configuration lines generated from Lien's records (every gateway whose
 * credentials are in force, and the server's identity). Run it again after issuing, rotating or revoking a
 * gateway's credentials, then reload Mosquitto ({@code kill -HUP}).
 */
@Command(name = "broker-config", mixinStandardHelpOptions = true, versionProvider = LienVersion.class,
        description = {"Writes an external Mosquitto's password file, ACL and configuration lines from Lien's records:",
                "the server reads every store; each gateway publishes only its own events and reads only its store."})
public final class BrokerConfigCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "where to write lien-passwords, lien-acl and lien-mosquitto.conf")
    Path outDir;

    @Option(names = "--server-user", paramLabel = "NAME", defaultValue = "lien-server",
            description = "the server's MQTT user name, its lien.mqtt.username (default: ${DEFAULT-VALUE})")
    String serverUser;

    @Option(names = "--server-password-file", paramLabel = "FILE",
            description = "a file holding the server's MQTT password (its LIEN_MQTT_PASSWORD); without it, a new one is made "
                    + "and written to DIR/lien-server-password")
    Path serverPasswordFile;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        if (!serverUser.matches("[A-Za-z0-9_-]{1,64}")) {
            err.println("--server-user must be 1–64 letters, digits, - or _ (it is " + serverUser + ")");
            return 2;
        }
        String password;
        if (serverPasswordFile != null) {
            if (!Files.isReadable(serverPasswordFile)) {
                err.println("--server-password-file: cannot read " + serverPasswordFile);
                return 2;
            }
            password = Files.readString(serverPasswordFile).trim();
            if (password.length() < 16) {
                err.println("--server-password-file: the password must be at least 16 characters");
                return 2;
            }
        } else {
            password = io.lien.protocol.uplink.DeviceCredential.newSecret();
        }
        List<MosquittoFiles.Entry> gateways;
        try (HikariDataSource db = ImportCommand.dataSource(database.jdbcUrl(), database.user, database.password)) {
            Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
            try (Connection c = db.getConnection()) {
                gateways = MosquittoFiles.gateways(c);
            }
        }
        MosquittoFiles.write(outDir, serverUser, MosquittoPasswordHash.of(password), gateways);
        if (serverPasswordFile == null) {
            Path written = outDir.resolve("lien-server-password");
            Files.writeString(written, password + "\n");
            try {
                Files.setPosixFilePermissions(written, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the folder's permissions apply
            }
            out.println("The server's MQTT password is in " + written + ": give it to the server as LIEN_MQTT_PASSWORD.");
        }
        out.printf("%d gateway(s) and the server (%s) written to %s; add to mosquitto.conf: include_dir %s (or paste %s),"
                + " then reload Mosquitto.%n", gateways.size(), serverUser, outDir.toAbsolutePath(), outDir.toAbsolutePath(), MosquittoFiles.CONF);
        return 0;
    }
}
