package io.lien.launcher;

import io.lien.server.Application;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lien admin} against a running server: a store set up by a script, and refusals said in words. */
class AdminCommandIT {

    private static ApplicationContext server;
    private static String url;
    @TempDir
    static Path dir;
    private static Path password;

    @BeforeAll
    static void start() throws Exception {
        server = Application.start(Map.of("lien.data-dir", dir.resolve("data").toString(), "lien.mqtt.embedded-port", 0,
                "micronaut.server.port", -1, "lien.mqtt.client-id", "lien-admin-it-" + ProcessHandle.current().pid()));
        url = "http://127.0.0.1:" + server.getBean(EmbeddedServer.class).getPort();
        password = Files.writeString(dir.resolve("password"), "lien-demo\n");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Run(int exit, String out, String err) {
    }

    /** Runs {@code lien admin …} as ines (head office), catching what it prints (System.out too: the commands print there). */
    private static Run admin(String... args) {
        List<String> all = new ArrayList<>(List.of("admin", "--server", url, "--user", "ines", "--password-file", password.toString()));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream was = System.out;
        PrintStream wasErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = LienCommand.commandLine();
            cli.setErr(new PrintWriter(err, true));
            int exit = cli.execute(all.toArray(String[]::new));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err + stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(was);
            System.setErr(wasErr);
        }
    }

    @Test
    void aScriptOpensAStoreImportsTheCatalogueAndSetsItUp() throws Exception {
        assertEquals(0, admin("open-store", "--id", "nice", "--name", "Lien Nice", "--city", "Nice", "--hours",
                "mon-sat 10:00-19:00; sun closed").exit());
        Path catalogue = Files.writeString(dir.resolve("cat.csv"), "product_id,size,category,price,name_en,name_fr\n"
                + "n-dress,S,dress,99,the blue dress,la robe bleue\nn-dress,M,dress,99,the blue dress,la robe bleue\n"
                + "n-dress,L,dress,free,the blue dress,la robe bleue\n");
        Run imported = admin("catalogue", catalogue.toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("3 rows — 2 written, 0 unchanged, 1 refused"), imported.out());
        assertTrue(imported.out().contains("line 4: price 'free' is not an amount"), imported.out());
        assertTrue(imported.err().contains("100%"), "a progress bar: " + imported.err());

        assertEquals(0, admin("plan", "nice", "--outline", "0 0, 10 0, 10 8, 0 8").exit());
        Run zone = admin("zone", "nice", "nice-floor", "--name", "fr=L'espace", "--name", "en=The floor", "--shape", "0 0, 10 0, 10 8, 0 8");
        assertEquals(0, zone.exit(), zone.err());
        Run beacon = admin("device", "nice", "nice-b1", "--kind", "beacon", "--zone", "nice-floor", "--x", "5", "--y", "4");
        assertEquals(0, beacon.exit(), beacon.err());
        // the server runs in this JVM: its log lines are in the same output, the command's own lines are told by their shape
        assertTrue(beacon.out().lines().anyMatch(l -> l.matches("nice-b1,\\S{16,}")), "the secret, once: " + beacon.out());
        Run rack = admin("rack", "nice", "--hangers", "nh-01..nh-04", "--product", "n-dress", "--sizes", "S-M", "--zone", "nice-floor");
        assertEquals(0, rack.exit(), rack.err());
        assertEquals(List.of("hanger,secret", "nh-01", "nh-02", "nh-03", "nh-04"), rack.out().lines()
                .filter(l -> l.startsWith("hanger,") || l.startsWith("nh-")).map(l -> l.startsWith("nh-") ? l.substring(0, 5) : l).toList(),
                "a header and four secrets: " + rack.out());
        Run gateway = admin("gateway", "nice", "gw-nice");
        assertEquals(0, gateway.exit(), gateway.err());
        assertTrue(gateway.out().lines().anyMatch(l -> l.matches("gw-nice@nice,\\S{16,}")), "its name and secret, once: " + gateway.out());
        assertEquals(0, admin("gateway", "nice", "gw-nice", "--revoke").exit());
        assertEquals(1, admin("gateway", "nice", "gw-nice", "--revoke").exit(), "revoked already: said, exit 1");
        Run invite = admin("invite", "nice", "--username", "nadia", "--name", "Nadia Benali", "--role", "MANAGER");
        assertEquals(0, invite.exit(), invite.err());
        assertTrue(invite.out().contains("/welcome/"), invite.out());
        Run changes = admin("changes", "nice");
        assertTrue(changes.out().contains("hanger") && changes.out().contains("nice-b1") && changes.out().contains("invited"), changes.out());
        Run stores = admin("stores");
        assertTrue(stores.out().contains("nice") && stores.out().contains("Lien Nice"), stores.out());
    }

    @Test
    void aRefusalIsSaidInWordsWithExitOne() {
        Run outside = admin("device", "demo", "b-far", "--kind", "beacon", "--zone", "coats", "--x", "5000", "--y", "1");
        assertEquals(1, outside.exit());
        assertTrue(outside.err().contains("400") && outside.err().contains("0 to 1000"), outside.err());
        Run unknown = admin("plan", "nowhere", "--outline", "0 0, 1 0, 1 1");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("404"), unknown.err());
    }
}
