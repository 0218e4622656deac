package io.lien.protocol.uplink;

import io.lien.protocol.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** docs/asyncapi.yaml and the protocol module describe the same uplink contract, or this fails. */
class AsyncApiContractTest {

    /** The name of the batch message in the document. */
    private static final String BATCH = "batch";
    private static Map<String, Object> doc;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of("..", "docs", "asyncapi.yaml");
        try (Reader r = Files.newBufferedReader(file)) {
            doc = new Yaml().load(r);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Object node, String... path) {
        Object current = node;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
            assertNotNull(current, "missing " + String.join("/", path) + " at " + key);
        }
        return (Map<String, Object>) current;
    }

    private static Map<String, Object> resolve(Map<String, Object> maybeRef) {
        Object ref = maybeRef.get("$ref");
        if (ref == null) {
            return maybeRef;
        }
        String[] parts = ((String) ref).substring(2).split("/");
        return at(doc, parts);
    }

    private static String type(Class<? extends UplinkEvent> event) {
        try {
            return (String) event.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(event + " has no TYPE", e);
        }
    }

    @Test
    void theDocumentedTopicsAreTheCodesTopics() {
        assertEquals(UplinkTopics.EVENTS, at(doc, "channels", "storeEvents").get("address"));
        assertEquals(UplinkTopics.REGISTRY, at(doc, "channels", "storeRegistry").get("address"));
        assertEquals(UplinkTopics.DISPLAYS, at(doc, "channels", "storeDisplays").get("address"));
    }

    @Test
    void everyEventTypeIsDocumentedAndNothingElse() {
        Set<String> documented = at(doc, "channels", "storeEvents", "messages").values().stream()
                .map(m -> (String) resolve(castMap(m)).get("name")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> coded = UplinkEvent.TYPES.stream().map(AsyncApiContractTest::type).collect(Collectors.toCollection(TreeSet::new));
        coded.add(BATCH);
        assertEquals(coded, documented);
    }

    @Test
    void eachEventsDataFieldsAreTheRecordsComponents() {
        Map<String, Object> messages = at(doc, "components", "messages");
        for (Class<? extends UplinkEvent> event : UplinkEvent.TYPES) {
            Map<String, Object> message = messages.values().stream().map(AsyncApiContractTest::castMap)
                    .filter(m -> type(event).equals(m.get("name"))).findFirst().orElseThrow();
            Map<String, Object> envelope = resolve(castMap(message.get("payload")));
            List<Object> allOf = (List<Object>) envelope.get("allOf");
            Map<String, Object> data = resolve(at(castMap(allOf.get(1)), "properties", "data"));
            assertEquals(type(event), at(castMap(allOf.get(1)), "properties", "type").get("const"));
            Set<String> fields = new TreeSet<>(at(data, "properties").keySet());
            Set<String> components = Arrays.stream(event.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(components, fields, "data fields of " + type(event));
        }
    }

    @Test
    void everyEventsMessageCarriesTheGatewaysSignatureInThePropertyAndFormTheCodeWrites() {
        Map<String, Object> trait = at(doc, "components", "messageTraits", "signedByGateway", "headers", "properties");
        assertEquals(Set.of(UplinkSignature.PROPERTY), trait.keySet());
        String pattern = (String) castMap(trait.get(UplinkSignature.PROPERTY)).get("pattern");
        String written = UplinkSignature.sign(UplinkSignature.signingKey("a secret"), "lien/v1/stores/s/gateways/g/events", new byte[]{1});
        assertTrue(written.matches(pattern), written + " against " + pattern);
        for (Object m : at(doc, "channels", "storeEvents", "messages").values()) {
            Map<String, Object> message = resolve(castMap(m));
            assertEquals(List.of(Map.of("$ref", "#/components/messageTraits/signedByGateway")), message.get("traits"), message.get("name") + "");
        }
    }

    @Test
    void theEnvelopeFieldsAreWhatTheCodeWrites() {
        UplinkEnvelope sample = UplinkEnvelope.of("s", "g", 1, 1, new UplinkEvent.HangerLifted("h-1", 5));
        Set<String> written = new LinkedHashSet<>(Json.parseObject(sample.toJson()).keySet());
        assertEquals(new TreeSet<>(written), new TreeSet<>(at(doc, "components", "schemas", "Envelope", "properties").keySet()));
        assertEquals(new TreeSet<>(written), new TreeSet<>((List<String>) at(doc, "components", "schemas", "Envelope").get("required")));
    }

    @Test
    void theBatchIsWhatTheCodeWritesAndHoldsAsManyEventsAsTheCodeAllows() {
        Map<String, Object> batch = resolve(castMap(at(doc, "channels", "storeEvents", "messages", "eventBatch")));
        assertEquals(BATCH, batch.get("name"));
        Map<String, Object> schema = resolve(castMap(batch.get("payload")));
        byte[] written = UplinkMessage.of("s", "g", List.of(
                UplinkEnvelope.of("s", "g", 1, 1, new UplinkEvent.HangerLifted("h-1", 5)).toBytes(),
                UplinkEnvelope.of("s", "g", 2, 1, new UplinkEvent.HangerLifted("h-1", 5)).toBytes()));
        Set<String> fields = new TreeSet<>(Json.parseObject(new String(written, StandardCharsets.UTF_8)).keySet());
        assertEquals(fields, new TreeSet<>(at(schema, "properties").keySet()));
        assertEquals(fields, new TreeSet<>((List<String>) schema.get("required")));
        Map<String, Object> events = at(schema, "properties", UplinkMessage.EVENTS);
        assertEquals(UplinkMessage.MAX_EVENTS, events.get("maxItems"));
        assertEquals("#/components/schemas/Envelope", castMap(events.get("items")).get("$ref"));
    }

    @Test
    void theRegistryFieldsAreWhatTheCodeWrites() {
        StoreRegistry sample = StoreRegistry.empty("s");
        assertEquals(new TreeSet<>(Json.parseObject(sample.toJson()).keySet()),
                new TreeSet<>(at(doc, "components", "schemas", "Registry", "properties").keySet()));
    }

    @Test
    void aCredentialTheCodeWritesHasTheDocumentedShape() {
        Map<String, Object> credentials = at(doc, "components", "schemas", "Registry", "properties", "credentials");
        String pattern = (String) castMap(credentials.get("additionalProperties")).get("pattern");
        String written = DeviceCredential.of(DeviceCredential.newSecret()).text();
        org.junit.jupiter.api.Assertions.assertTrue(written.matches(pattern), written + " does not match " + pattern);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
