package io.lien.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code lien admin} on devices: register (and get the secret, once), retire, dress a rack of hangers. */
final class AdminDevices {

    private AdminDevices() {
    }

    @Command(name = "device", mixinStandardHelpOptions = true, description = {"Registers or moves a beacon, reader or fixture;",
            "a device new to Lien gets its secret, printed once."})
    static final class Device implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE")
        String store;
        @Parameters(index = "1", paramLabel = "DEVICE")
        String device;
        @Option(names = "--kind", required = true, description = "beacon, reader, fixture")
        String kind;
        @Option(names = "--zone", required = true)
        String zone;
        @Option(names = "--x", description = "metres from the plan's left")
        Double x;
        @Option(names = "--y", description = "metres from the plan's top")
        Double y;
        @Option(names = "--fixture-kind", description = "smart-mirror, rack-screen")
        String fixtureKind;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind);
            body.put("zoneId", zone);
            body.put("x", x);
            body.put("y", y);
            body.put("fixtureKind", fixtureKind);
            JsonNode saved = admin.call("PUT", "/api/stores/" + store + "/setup/devices/" + device, body);
            if (!saved.path("secret").asBoolean()) {
                JsonNode issued = admin.call("POST", "/api/stores/" + store + "/devices/" + device + "/credentials", Map.of());
                System.out.println(device + "," + issued.path("secret").asText());
                System.err.println("(the secret, shown once: enter it into the device)");
            } else {
                System.out.println(device + " saved in " + store + " (its secret is unchanged)");
            }
            return 0;
        }
    }

    @Command(name = "retire", mixinStandardHelpOptions = true, description = "Retires a device: it can no longer connect; its history stays.")
    static final class Retire implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE")
        String store;
        @Parameters(index = "1", paramLabel = "DEVICE")
        String device;

        @Override
        public Integer call() {
            admin.call("DELETE", "/api/stores/" + store + "/setup/devices/" + device, null);
            System.out.println(device + " retired");
            return 0;
        }
    }

    @Command(name = "rack", mixinStandardHelpOptions = true, description = {"Dresses a rack in one step: these hangers carry this product in these sizes,",
            "in this zone; new hangers' secrets are printed once (hanger,secret)."})
    static final class Rack implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE")
        String store;
        @Option(names = "--hangers", required = true, description = "h-101..h-110, or h-101,h-103")
        String hangers;
        @Option(names = "--product", required = true)
        String product;
        @Option(names = "--sizes", required = true, description = "36-44, or S,M,L")
        String sizes;
        @Option(names = "--colour")
        String colour;
        @Option(names = "--zone", required = true)
        String zone;

        @Override
        public Integer call() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("hangers", hangers);
            body.put("productId", product);
            body.put("sizes", sizes);
            body.put("colour", colour);
            body.put("zoneId", zone);
            body.put("secrets", true);
            JsonNode dressed = admin.call("POST", "/api/stores/" + store + "/setup/racks", body);
            System.err.printf("%d hangers: %d new, %d changed, %d already so%n", dressed.path("hangers").size(),
                    dressed.path("registered").asInt(), dressed.path("changed").asInt(), dressed.path("unchanged").asInt());
            if (dressed.path("secrets").size() > 0) {
                System.out.println("hanger,secret");
                dressed.path("secrets").fields().forEachRemaining(e -> System.out.println(e.getKey() + "," + e.getValue().asText()));
            }
            return 0;
        }
    }

    @Command(name = "gateway", mixinStandardHelpOptions = true, description = {"Issues a store gateway's credentials for the central broker",
            "(or new ones: the old secret stops at once), printed once; --revoke takes them away."})
    static final class Gateway implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Parameters(index = "0", paramLabel = "STORE")
        String store;
        @Parameters(index = "1", paramLabel = "GATEWAY")
        String gateway;
        @Option(names = "--revoke", description = "revoke its credentials: it is disconnected and cannot sign in again")
        boolean revoke;

        @Override
        public Integer call() {
            String path = "/api/stores/" + store + "/setup/gateways/" + gateway + "/credentials";
            if (revoke) {
                admin.call("DELETE", path, null);
                System.out.println(gateway + " of " + store + ": credentials revoked");
                return 0;
            }
            JsonNode issued = admin.call("POST", path, Map.of());
            System.out.println(issued.path("username").asText() + "," + issued.path("secret").asText());
            System.err.println("(the secret, shown once: put it in the gateway's uplink.secret-file; its user name and client id are "
                    + issued.path("username").asText() + ")");
            return 0;
        }
    }
}
