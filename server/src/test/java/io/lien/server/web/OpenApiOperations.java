package io.lien.server.web;

import io.lien.server.ServerFixture;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operations of the OpenAPI document the running server serves (the one the build writes), read with a YAML
 * parser: the tests that go over "every endpoint" take their list from here, so a new route is in them as soon as
 * it is in the document — and the document has every route (OpenApiIT).
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApiOperations() {
    }

    /**
     * One operation: its method, its path template, the media type of its body (null when it takes none) and the
     * path variables that are numbers.
     */
    public record Operation(String method, String template, String bodyType, Set<String> numberVariables) {

        public boolean reads() {
            return method.equals("GET");
        }

        public String name() {
            return method + " " + template;
        }
    }

    /** Every operation of {@code /swagger/lien-1.yml}, in the document's order. */
    public static List<Operation> of(ServerFixture server) {
        HttpResponse<String> doc = server.get("/swagger/lien-1.yml", null);
        if (doc.statusCode() != 200) {
            throw new IllegalStateException("no OpenAPI document: " + doc.statusCode());
        }
        return parse(doc.body());
    }

    @SuppressWarnings("unchecked")
    static List<Operation> parse(String yaml) {
        Map<String, Object> root = new Yaml(new LoaderOptions()).load(yaml);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) root.get("paths");
        List<Operation> ops = new ArrayList<>();
        paths.forEach((template, methods) -> methods.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> o = (Map<String, Object>) operation;
                ops.add(new Operation(method.toUpperCase(Locale.ROOT), template, bodyType(o), numberVariables(o)));
            }
        }));
        return ops;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> numberVariables(Map<String, Object> operation) {
        Set<String> numbers = new TreeSet<>();
        if (operation.get("parameters") instanceof List<?> parameters) {
            for (Object p : parameters) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                Object schema = parameter.get("schema");
                if ("path".equals(parameter.get("in")) && schema instanceof Map<?, ?> s
                        && Set.of("integer", "number").contains(String.valueOf(s.get("type")))) {
                    numbers.add(String.valueOf(parameter.get("name")));
                }
            }
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private static String bodyType(Map<String, Object> operation) {
        Object body = operation.get("requestBody");
        if (!(body instanceof Map<?, ?> b) || !(b.get("content") instanceof Map<?, ?> content) || content.isEmpty()) {
            return null;
        }
        return ((Map<String, Object>) content).keySet().iterator().next();
    }
}
