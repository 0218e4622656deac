package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** docs/configuration.md lists exactly the keys the settings records bind, with the same defaults. */
class SettingsDocumentationTest {

    @Test
    void everyKeyInTheCodeIsInTheTableWithItsDefaultAndNothingElseIs() throws IOException {
        Map<String, String> inCode = new TreeMap<>();
        for (Class<? extends Record> type : SettingsCheck.RECORDS) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent c : type.getRecordComponents()) {
                Bindable bindable = canonical(type).getParameters()[indexOf(type, c)].getAnnotation(Bindable.class);
                inCode.put(prefix + "." + SettingsCheck.kebab(c.getName()), bindable == null ? "" : bindable.defaultValue());
            }
        }
        Map<String, String> documented = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `(lien\\.[a-z.-]+)` \\| (?:`([^`]*)`|none) \\|").matcher(
                Files.readString(Path.of("..", "docs", "configuration.md")));
        while (row.find()) {
            // "none": a setting with no default (the feature it turns on stays off)
            documented.put(row.group(1), row.group(2) == null ? "" : row.group(2));
        }
        assertEquals(inCode, documented);
    }

    private static java.lang.reflect.Constructor<?> canonical(Class<? extends Record> type) {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private static int indexOf(Class<? extends Record> type, RecordComponent component) {
        RecordComponent[] all = type.getRecordComponents();
        for (int i = 0; i < all.length; i++) {
            if (all[i].getName().equals(component.getName())) {
                return i;
            }
        }
        throw new AssertionError(component);
    }
}
