package io.lien.server.setup;

import io.lien.protocol.uplink.StoreRegistry;
import io.lien.protocol.uplink.UplinkTopics;
import io.lien.server.ServerFixture;
import io.lien.server.mqtt.MessageRecorder;
import io.lien.server.registry.DeviceRegistry;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Head office opens a store and sets it up through the API: details, plan, zones, devices that reach
 * the gateway at once, racks dressed in one step; every change validated and audited.
 */
class BackOfficeIT {

    private static ServerFixture server;
    private static MqttClient gateway;
    private static final List<String> registries = new CopyOnWriteArrayList<>();
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        server = ServerFixture.start();
        admin = server.token("ines", "lien-demo");
        BackOfficeFixture.openNantes(server, admin);
        gateway = server.gatewayClient(BackOfficeFixture.STORE, "gw-backoffice-it");
        gateway.setCallback(new MessageRecorder((topic, payload) -> registries.add(payload)));
        gateway.subscribe(UplinkTopics.registry(BackOfficeFixture.STORE), 1);
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.disconnect();
        gateway.close();
        server.close();
    }

    private static StoreRegistry latestRegistry() {
        return StoreRegistry.fromJson(registries.get(registries.size() - 1));
    }

    @Test
    void aStoreOpenedByHeadOfficeHasItsPlanItsZonesAndItsHours() {
        HttpResponse<String> setup = server.get("/api/stores/nantes/setup", admin);
        assertEquals(200, setup.statusCode(), setup.body());
        assertTrue(setup.body().contains("\"name\":\"Lien Nantes — Graslin\""), setup.body());
        assertTrue(setup.body().contains("\"openingHours\":\"mon closed; tue-sat 10:00-19:00; sun closed\""), setup.body());
        assertTrue(setup.body().contains("\"outline\":\"0 0, 24 0, 24 12, 0 12\""), setup.body());
        assertTrue(setup.body().contains("\"id\":\"nantes-fitting-1\""), setup.body());
        assertTrue(setup.body().contains("\"parentId\":\"nantes-fitting\""), setup.body());
    }

    @Test
    void aBeaconRegisteredWithItsPlaceReachesTheGatewayAtOnceAndRetiredLeavesIt() {
        HttpResponse<String> r = server.put("/api/stores/nantes/setup/devices/nb-window", admin,
                "{\"kind\":\"beacon\",\"zoneId\":\"nantes-entrance\",\"x\":2,\"y\":6}");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"state\":\"never\""), "not heard yet: " + r.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> !registries.isEmpty()
                && latestRegistry().beaconZones().containsKey("nb-window"));
        assertEquals(new StoreRegistry.Point(2, 6), latestRegistry().beaconPositions().get("nb-window"));

        assertEquals(204, server.delete("/api/stores/nantes/setup/devices/nb-window", admin).statusCode());
        await().atMost(Duration.ofSeconds(10)).until(() -> !latestRegistry().beaconZones().containsKey("nb-window"));
        assertTrue(server.context().getBean(DeviceRegistry.class).beacon("nb-window").isPresent(), "retired, not deleted: history keeps it");
        assertEquals(404, server.delete("/api/stores/nantes/setup/devices/nb-window", admin).statusCode(), "retired once");
    }

    @Test
    void aPlaceOutsideThePlanAZoneOfAnotherStoreAndAnIdTakenAreRefusedWithAReason() {
        HttpResponse<String> outside = server.put("/api/stores/nantes/setup/devices/nb-far", admin,
                "{\"kind\":\"beacon\",\"zoneId\":\"nantes-entrance\",\"x\":30,\"y\":6}");
        assertEquals(400, outside.statusCode(), outside.body());
        assertTrue(outside.body().contains("outside the store's plan"), outside.body());
        HttpResponse<String> otherZone = server.put("/api/stores/nantes/setup/devices/nb-far", admin,
                "{\"kind\":\"beacon\",\"zoneId\":\"coats\",\"x\":3,\"y\":6}");
        assertEquals(400, otherZone.statusCode(), otherZone.body());
        HttpResponse<String> taken = server.put("/api/stores/nantes/setup/devices/b-coats", admin,
                "{\"kind\":\"beacon\",\"zoneId\":\"nantes-entrance\",\"x\":3,\"y\":6}");
        assertEquals(409, taken.statusCode(), taken.body());
        assertTrue(taken.body().contains("store demo"), taken.body());
        HttpResponse<String> zoneTaken = server.put("/api/stores/nantes/setup/zones/coats", admin,
                "{\"names\":{\"fr\":\"Manteaux\"},\"kind\":\"floor\"}");
        assertEquals(409, zoneTaken.statusCode(), zoneTaken.body());
        HttpResponse<String> badId = server.put("/api/stores/nantes/setup/devices/bad%20id", admin,
                "{\"kind\":\"beacon\",\"zoneId\":\"nantes-entrance\"}");
        assertEquals(400, badId.statusCode(), badId.body());
        HttpResponse<String> shrink = server.put("/api/stores/nantes/setup/plan", admin, "{\"outline\":\"0 0, 5 0, 5 5, 0 5\"}");
        assertEquals(409, shrink.statusCode(), "zones drawn would fall outside: " + shrink.body());
        HttpResponse<String> notAPlan = server.put("/api/stores/nantes/setup/plan", admin, "{\"outline\":\"0 0, 5 5\"}");
        assertEquals(400, notAPlan.statusCode(), notAPlan.body());
        assertTrue(server.context().getBean(DeviceRegistry.class).beacon("nb-far").isEmpty(), "nothing written");
    }

    @Test
    void aRackIsDressedInOneStepAndReDressedTheNextMorningPastHandlingsUntouched() {
        HttpResponse<String> dressed = server.post("/api/stores/nantes/setup/racks", admin,
                "{\"hangers\":\"nh-101..nh-110\",\"productId\":\"p-coat-camel\",\"sizes\":\"36-44\",\"zoneId\":\"nantes-coats\"}");
        assertEquals(200, dressed.statusCode(), dressed.body());
        assertTrue(dressed.body().contains("\"registered\":10"), dressed.body());
        assertTrue(dressed.body().contains("{\"id\":\"nh-101\",\"productId\":\"p-coat-camel\",\"size\":\"36\""), dressed.body());
        assertTrue(dressed.body().contains("{\"id\":\"nh-110\",\"productId\":\"p-coat-camel\",\"size\":\"44\""), dressed.body());
        await().atMost(Duration.ofSeconds(10)).until(() -> !registries.isEmpty() && latestRegistry().hangers().contains("nh-110"));

        HttpResponse<String> again = server.post("/api/stores/nantes/setup/racks", admin,
                "{\"hangers\":\"nh-101..nh-105\",\"productId\":\"p-trench-navy\",\"sizes\":\"36, 38\",\"zoneId\":\"nantes-coats\"}");
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("\"registered\":0,\"changed\":5"), again.body());
        assertEquals("p-trench-navy", server.context().getBean(DeviceRegistry.class).hanger("nh-101").orElseThrow().productId());
    }

    @Test
    void aRackWithOneHangerOfAnotherStoreChangesNothingAtAll() {
        HttpResponse<String> r = server.post("/api/stores/nantes/setup/racks", admin,
                "{\"hangers\":\"nh-201, nh-202, h-003\",\"productId\":\"p-coat-camel\",\"sizes\":\"38\",\"zoneId\":\"nantes-coats\"}");
        assertEquals(409, r.statusCode(), r.body());
        DeviceRegistry registry = server.context().getBean(DeviceRegistry.class);
        assertTrue(registry.hanger("nh-201").isEmpty(), "all or nothing");
        assertEquals("demo", registry.hanger("h-003").orElseThrow().storeId());
        HttpResponse<String> size = server.post("/api/stores/nantes/setup/racks", admin,
                "{\"hangers\":\"nh-201\",\"productId\":\"p-coat-camel\",\"sizes\":\"XXL\",\"zoneId\":\"nantes-coats\"}");
        assertEquals(400, size.statusCode(), size.body());
        assertTrue(size.body().contains("[36, 38, 40, 42, 44]"), "the product's sizes are named: " + size.body());
        HttpResponse<String> product = server.post("/api/stores/nantes/setup/racks", admin,
                "{\"hangers\":\"nh-201\",\"productId\":\"p-unknown\",\"sizes\":\"38\",\"zoneId\":\"nantes-coats\"}");
        assertEquals(400, product.statusCode(), product.body());
    }

    @Test
    void aZoneIsRetiredOnlyOnceNothingStandsInIt() {
        server.put("/api/stores/nantes/setup/zones/nantes-corner", admin,
                "{\"names\":{\"fr\":\"Le coin\",\"en\":\"The corner\"},\"kind\":\"floor\",\"shape\":\"20 8, 24 8, 24 12, 20 12\"}");
        assertEquals(200, server.put("/api/stores/nantes/setup/devices/nr-corner", admin,
                "{\"kind\":\"reader\",\"zoneId\":\"nantes-corner\",\"x\":22,\"y\":10}").statusCode());
        HttpResponse<String> busy = server.delete("/api/stores/nantes/setup/zones/nantes-corner", admin);
        assertEquals(409, busy.statusCode(), busy.body());
        assertTrue(busy.body().contains("reader nr-corner"), busy.body());
        assertEquals(204, server.delete("/api/stores/nantes/setup/devices/nr-corner", admin).statusCode());
        assertEquals(200, server.delete("/api/stores/nantes/setup/zones/nantes-corner", admin).statusCode());
        assertTrue(server.context().getBean(DeviceRegistry.class).zone("nantes-corner").orElseThrow().retired(), "kept for history");
    }

    @Test
    void everyChangeIsAuditedWithWhoAndTheThingBeforeAndAfter() {
        server.put("/api/stores/nantes/setup/zones/nantes-till", admin, "{\"names\":{\"fr\":\"La caisse\"},\"kind\":\"till\"}");
        server.put("/api/stores/nantes/setup/zones/nantes-till", admin, "{\"names\":{\"fr\":\"Caisse\"},\"kind\":\"till\"}");
        HttpResponse<String> log = server.get("/api/stores/nantes/setup/changes?limit=5", admin);
        assertEquals(200, log.statusCode(), log.body());
        assertTrue(log.body().contains("\"actor\":\"ines\",\"actorRole\":\"ADMIN\""), log.body());
        assertTrue(log.body().contains("\"subject\":\"zone\",\"subjectId\":\"nantes-till\",\"action\":\"changed\""), log.body());
        assertTrue(log.body().contains("La caisse") && log.body().contains("Caisse"), "before and after: " + log.body());
        HttpResponse<String> all = server.get("/api/admin/changes", admin);
        assertTrue(all.body().contains("\"subject\":\"store\",\"subjectId\":\"nantes\",\"action\":\"created\""), all.body());
    }

    @Test
    void aPictureOfThePlanIsCheckedByItsBytesPlacedInMetresAndDrawnUnderThePlan() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(800, 400, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        HttpResponse<String> placed = server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/stores/nantes/setup/plan/picture?widthM=24"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "image/png")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build());
        assertEquals(200, placed.statusCode(), placed.body());
        assertTrue(placed.body().contains("\"widthPx\":800") && placed.body().contains("\"heightM\":12.0"), placed.body());
        assertTrue(server.context().getBean(io.lien.server.setup.application.PlanPictures.class).bytes("nantes").orElseThrow().getValue().length
                == png.size(), "the same bytes back");
        HttpResponse<String> notAnImage = server.send(java.net.http.HttpRequest.newBuilder(server.http("/api/stores/nantes/setup/plan/picture?widthM=24"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "image/png")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("<svg onload=alert(1)/>")).build());
        assertEquals(400, notAnImage.statusCode(), notAnImage.body());
        assertTrue(notAnImage.body().contains("neither a PNG nor a JPEG"), notAnImage.body());
        java.net.http.HttpResponse<byte[]> served = serverBytes("/api/stores/nantes/setup/plan/picture");
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(png.size(), served.body().length, "the same bytes back");
    }

    private static java.net.http.HttpResponse<byte[]> serverBytes(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(server.http(path))
                .header("Authorization", "Bearer " + admin).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theSameNewDeviceRegisteredTwiceAtTheSameInstantIsOneDeviceAndNeverAServerError() throws Exception {
        java.util.Set<Integer> statuses = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 8; round++) {
            String id = "nb-race-" + round;
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(two.submit(() -> {
                    go.await();
                    return server.put("/api/stores/nantes/setup/devices/" + id, admin,
                            "{\"kind\":\"beacon\",\"zoneId\":\"nantes-coats\",\"x\":8,\"y\":6}").statusCode();
                }));
            }
            go.countDown();
            for (java.util.concurrent.Future<Integer> a : answers) {
                statuses.add(a.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            two.shutdown();
            assertTrue(server.context().getBean(DeviceRegistry.class).beacon(id).isPresent(), id);
        }
        assertTrue(java.util.Set.of(200, 409).containsAll(statuses), "a clash or a success, never a 500: " + statuses);
    }

    @Test
    void headOfficeSeesEveryStoreWithItsDevicesHealth() {
        HttpResponse<String> stores = server.get("/api/admin/stores", admin);
        assertEquals(200, stores.statusCode(), stores.body());
        assertTrue(stores.body().contains("\"id\":\"demo\""), stores.body());
        assertTrue(stores.body().contains("\"id\":\"nantes\""), stores.body());
        assertFalse(stores.body().contains("secret"), stores.body());
    }
}
