package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.SystemPropertiesPropertySource;
import jakarta.inject.Singleton;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every setting as the server starts, not when a feature first needs one: it takes each
 * settings record (whose constructor refuses a wrong value, naming the key) and refuses a key under
 * {@code lien.} in a configuration file or in the properties given at start that no record knows —
 * a misspelt setting would otherwise be silently ignored. Environment variables and system
 * properties are not checked: other programs in the same process or shell set their own.
 */
@Context
@Singleton
final class SettingsCheck {

    /** Every settings record; {@code SettingsDocumentationTest} checks docs/configuration.md against it. */
    static final List<Class<? extends Record>> RECORDS = List.of(LienSettings.class, MqttSettings.class, DemoSettings.class,
            PrivacySettings.class, VisitSettings.class, LiveSettings.class, ClientSettings.class, SelectionSettings.class,
            StockSettings.class, OrderSettings.class, PaymentSettings.class, MailSettings.class,
            MessageSettings.class, OrderIntakeSettings.class, CreditSettings.class, DisplaySettings.class,
            InsightSettings.class, SetupSettings.class, SignInSettings.class,
            MetricsSettings.class);

    @SuppressWarnings("unused") // each argument is checked by being made
    SettingsCheck(Environment environment, LienSettings lien, MqttSettings mqtt, DemoSettings demo, PrivacySettings privacy,
                  VisitSettings visits, LiveSettings live, ClientSettings clients, SelectionSettings selections,
                  StockSettings stock, OrderSettings orders, PaymentSettings payments,
                  MailSettings mail, MessageSettings messages, OrderIntakeSettings intake, CreditSettings credit,
                  DisplaySettings displays, InsightSettings insights, SetupSettings setup,
                  SignInSettings signIn, MetricsSettings metrics) {
        refuseValuesOfTheWrongType(environment);
        Set<String> known = knownKeys();
        List<String> unknown = new ArrayList<>();
        for (PropertySource source : environment.getPropertySources()) {
            if (source.getName().equals(EnvironmentPropertySource.NAME) || source.getName().equals(SystemPropertiesPropertySource.NAME)) {
                continue;
            }
            for (String key : source) {
                if (key.startsWith("lien.") && !known.contains(key)) {
                    unknown.add(key + " (in " + source.getName() + "; did you mean " + nearest(key, known) + "?)");
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidSetting.unknown(unknown);
        }
    }

    /**
     * Micronaut falls back to the default when a value does not convert ("often" for a number): a
     * setting someone wrote would be silently ignored. Refuse it instead.
     */
    private static void refuseValuesOfTheWrongType(Environment environment) {
        for (Class<? extends Record> type : RECORDS) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent c : type.getRecordComponents()) {
                String key = prefix + "." + kebab(c.getName());
                Class<?> wanted = boxed(c.getType());
                if (environment.containsProperty(key) && environment.getProperty(key, wanted).isEmpty()) {
                    Object raw = environment.getProperty(key, Object.class).orElse("");
                    InvalidSetting.require(false, key, "must be " + describe(wanted), raw);
                }
            }
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        return type == long.class ? Long.class : type;
    }

    private static String describe(Class<?> type) {
        if (type == Boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        return type == java.time.Duration.class ? "a duration such as 30s, 1m or 30d" : "a " + type.getSimpleName();
    }

    /** Every key the records bind, e.g. {@code lien.mqtt.session-expiry-seconds}. */
    static Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>();
        for (Class<? extends Record> type : RECORDS) {
            String prefix = type.getAnnotation(ConfigurationProperties.class).value();
            for (RecordComponent c : type.getRecordComponents()) {
                keys.add(prefix + "." + kebab(c.getName()));
            }
        }
        return keys;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String nearest(String key, Set<String> known) {
        return known.stream().min(Comparator.comparingInt(k -> distance(k, key))).orElse("?");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] row = new int[b.length() + 1];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(substitution, Math.min(row[j - 1], previous[j]) + 1);
            }
            previous = row;
        }
        return previous[b.length()];
    }
}
