package io.lien.server.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The languages Lien speaks: the union of every {@code i18n/languages.list} resource on the class
 * path (one language tag a line, {@code #} comments), the first one the fallback. A language is
 * "spoken" when its bundle file is there too ({@code BundleCompletenessTest}).
 */
public final class Languages {

    static final String LIST = "i18n/languages.list";
    private static final Languages INSTANCE = load(Languages.class.getClassLoader());

    private final ClassLoader loader;
    private final List<Locale> spoken;
    private final ConcurrentMap<Locale, Texts> texts = new ConcurrentHashMap<>();

    private Languages(ClassLoader loader, List<Locale> spoken) {
        this.loader = loader;
        this.spoken = List.copyOf(spoken);
    }

    public static Languages all() {
        return INSTANCE;
    }

    static Languages load(ClassLoader loader) {
        Set<String> tags = new LinkedHashSet<>();
        try {
            List<URL> lists = Collections.list(loader.getResources(LIST));
            for (URL url : lists) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(tags::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LIST, e);
        }
        if (tags.isEmpty()) {
            tags.add("en");
        }
        List<Locale> locales = new ArrayList<>();
        tags.forEach(t -> locales.add(Locale.forLanguageTag(t)));
        return new Languages(loader, locales);
    }

    /** The texts of the spoken language nearest to {@code locale}. */
    public Texts texts(Locale locale) {
        Locale spokenOne = nearest(locale.toLanguageTag());
        return texts.computeIfAbsent(spokenOne, l -> new Texts(l, this, loader));
    }

    /** Every language, the fallback first. */
    public List<Locale> spoken() {
        return spoken;
    }

    public Locale fallback() {
        return spoken.get(0);
    }

    /** The spoken language nearest to {@code tag} ("fr-CA" → fr), or the fallback; never throws. */
    public Locale nearest(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return fallback();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return spoken.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(fallback());
    }

    /** The first spoken language of an {@code Accept-Language} header, or the fallback. */
    public Locale fromAcceptLanguage(String header) {
        if (header == null || header.length() > 500) {
            return fallback();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = Locale.forLanguageTag(range.getRange()).getLanguage();
                for (Locale l : spoken) {
                    if (l.getLanguage().equals(language)) {
                        return l;
                    }
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header Lien cannot read: the fallback
        }
        return fallback();
    }
}
