package io.lien.server.i18n;

import com.ibm.icu.text.MessageFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every language Lien speaks has a bundle, every bundle has every key the others have, every message parses. */
class BundleCompletenessTest {

    @Test
    void everySpokenLanguageHasABundleWithExactlyTheFallbacksKeys() throws IOException {
        Set<String> fallbackKeys = keys(Languages.all().fallback(), true);
        assertTrue(fallbackKeys.size() > 20, "the fallback bundle is there: " + fallbackKeys.size());
        for (Locale language : Languages.all().spoken()) {
            Set<String> keys = keys(language, language.equals(Languages.all().fallback()));
            Set<String> missing = new TreeSet<>(fallbackKeys);
            missing.removeAll(keys);
            Set<String> extra = new TreeSet<>(keys);
            extra.removeAll(fallbackKeys);
            assertEquals(Set.of(), missing, language + " lacks keys the fallback has");
            assertEquals(Set.of(), extra, language + " has keys the fallback lacks");
        }
    }

    @Test
    void everyMessageIsAValidIcuPatternAndNamesItsLanguage() throws IOException {
        for (Locale language : Languages.all().spoken()) {
            Properties p = bundle(language, language.equals(Languages.all().fallback()));
            for (String key : p.stringPropertyNames()) {
                new MessageFormat(p.getProperty(key), language); // throws on a broken pattern
            }
            assertTrue(p.containsKey("language.name"), language + " says its own name");
        }
    }

    @Test
    void aCountReadsRightInEachLanguage() {
        assertEquals("1 min", Texts.of(Locale.ENGLISH).t("export.minutes", 1));
        assertEquals("12 min", Texts.of(Locale.FRENCH).t("export.minutes", 12));
        assertEquals("[no.such.key]", Texts.of(Locale.ENGLISH).t("no.such.key"), "a missing key shows, never throws");
    }

    private static Set<String> keys(Locale language, boolean fallback) throws IOException {
        return new TreeSet<>(bundle(language, fallback).stringPropertyNames());
    }

    private static Properties bundle(Locale language, boolean fallback) throws IOException {
        String name = "i18n/messages" + (fallback ? "" : "_" + language.toLanguageTag().replace('-', '_')) + ".properties";
        try (InputStream in = BundleCompletenessTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is on the class path");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
