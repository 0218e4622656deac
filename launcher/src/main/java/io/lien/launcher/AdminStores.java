package io.lien.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code lien admin} on stores, plans, zones, people and the log (the devices are {@link AdminDevices}'). */
final class AdminStores {

    private AdminStores() {
    }

    @Command(name = "stores", mixinStandardHelpOptions = true, description = "Every store, and how many of its devices are alive, silent, low or never heard.")
    static final class Stores implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;

        @Override
        public Integer call() {
            for (JsonNode s : admin.call("GET", "/api/admin/stores", null)) {
                System.out.printf("%-16s %-32s %-16s %4d devices %s%n", s.path("id").asText(), s.path("name").asText(),
                        s.path("city").asText(), s.path("devices").asInt(), s.path("health"));
            }
            return 0;
        }
    }

    @Command(name = "open-store", mixinStandardHelpOptions = true, description = "Opens a store (head office).")
    static final class OpenStore implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Option(names = "--id", required = true, description = "its id for ever: letters, digits, - and _ (devices and gateways name it)")
        String id;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--city", required = true)
        String city;
        @Option(names = "--time-zone", defaultValue = "Europe/Paris", description = "(default: ${DEFAULT-VALUE})")
        String timeZone;
        @Option(names = "--language", defaultValue = "fr", description = "of its displays (default: ${DEFAULT-VALUE})")
        String language;
        @Option(names = "--hours", description = "as on the door: \"mon-sat 10:00-19:00; sun closed\"")
        String hours;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("name", name);
            body.put("city", city);
            body.put("timeZone", timeZone);
            body.put("language", language);
            body.put("openingHours", hours);
            JsonNode store = admin.call("POST", "/api/admin/stores", body);
            System.out.println("Store " + store.path("id").asText() + " opened: " + store.path("name").asText());
            return 0;
        }
    }

    @Command(name = "plan", mixinStandardHelpOptions = true, description = "Draws a store's plan: its walls' outline in metres.")
    static final class Plan implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE")
        String store;
        @Option(names = "--outline", required = true, description = "\"x y, x y, …\" in metres, e.g. \"0 0, 24 0, 24 12, 0 12\"")
        String outline;

        @Override
        public Integer call() {
            System.out.println("Plan of " + store + ": " + admin.call("PUT", "/api/stores/" + store + "/setup/plan",
                    Map.of("outline", outline)).path("outline").asText());
            return 0;
        }
    }

    @Command(name = "zone", mixinStandardHelpOptions = true, description = "Adds or changes a zone (same id: changed).")
    static final class Zone implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE")
        String store;
        @Parameters(index = "1", paramLabel = "ZONE")
        String zone;
        @Option(names = "--name", required = true, paramLabel = "LANG=NAME", description = "its name in a language, once per language: --name fr=L'entrée --name en=\"The entrance\"")
        Map<String, String> names;
        @Option(names = "--kind", defaultValue = "floor", description = "floor, entrance, fitting-room, till (default: ${DEFAULT-VALUE})")
        String kind;
        @Option(names = "--inside", paramLabel = "ZONE", description = "the zone it is inside (a fitting room in the fitting rooms)")
        String parent;
        @Option(names = "--shape", description = "its polygon on the plan, \"x y, x y, …\" in metres")
        String shape;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("names", names);
            body.put("kind", kind);
            body.put("parentId", parent);
            body.put("shape", shape);
            admin.call("PUT", "/api/stores/" + store + "/setup/zones/" + zone, body);
            System.out.println("Zone " + zone + " saved in " + store);
            return 0;
        }
    }

    @Command(name = "invite", mixinStandardHelpOptions = true, description = {"Invites someone: prints the link (shown once) they choose their password with;",
            "e-mailed too when an address is given."})
    static final class Invite implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE", arity = "0..1", description = "their store; none for head office")
        String store;
        @Option(names = "--username", required = true)
        String username;
        @Option(names = "--name", required = true)
        String name;
        @Option(names = "--role", defaultValue = "ADVISOR", description = "ADVISOR, MANAGER (of a store), ADMIN (head office) (default: ${DEFAULT-VALUE})")
        String role;
        @Option(names = "--email")
        String email;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", username);
            body.put("name", name);
            body.put("role", store == null ? "ADMIN" : role);
            body.put("email", email);
            JsonNode link = admin.call("POST", store == null ? "/api/admin/staff" : "/api/stores/" + store + "/setup/staff", body);
            System.out.println(link.path("link").asText());
            System.err.println(link.path("mailed").asBoolean() ? "(also e-mailed; works once, for a limited time)"
                    : "(give it to " + name + "; works once, for a limited time)");
            return 0;
        }
    }

    @Command(name = "changes", mixinStandardHelpOptions = true, description = "The back office's log: who changed what, newest first.")
    static final class Changes implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE", arity = "0..1", description = "one store; none for every store (head office)")
        String store;
        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Override
        public Integer call() {
            String path = store == null ? "/api/admin/changes?limit=" + limit : "/api/stores/" + store + "/setup/changes?limit=" + limit;
            for (JsonNode c : admin.call("GET", path, null)) {
                System.out.printf("%s  %-12s %-10s %-10s %-24s %s → %s%n", java.time.Instant.ofEpochMilli(c.path("ts").asLong()),
                        c.path("actor").asText(), c.path("subject").asText(), c.path("action").asText(), c.path("subjectId").asText(),
                        c.path("before").asText("—"), c.path("after").asText("—"));
            }
            return 0;
        }
    }
}
