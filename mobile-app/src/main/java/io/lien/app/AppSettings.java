package io.lien.app;

import com.gluonhq.attach.storage.StorageService;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between launches (server and username, never the password), in the
 * device's private storage through Gluon Attach; a folder under the home directory when Attach
 * has no storage for this platform.
 */
public record AppSettings(String server, String username) {

    private static final AppSettings DEFAULTS = new AppSettings("http://localhost:8080", "");

    static AppSettings load() {
        Path file = file();
        if (file == null || !Files.exists(file)) {
            return DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
            return new AppSettings(p.getProperty("server", DEFAULTS.server), p.getProperty("username", ""));
        } catch (IOException e) {
            return DEFAULTS;
        }
    }

    static void save(AppSettings settings) {
        Path file = file();
        if (file == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("server", settings.server());
        p.setProperty("username", settings.username());
        try {
            Files.createDirectories(file.getParent());
            try (Writer w = Files.newBufferedWriter(file)) {
                p.store(w, "Lien advisor app");
            }
        } catch (IOException e) {
            // remembering is a convenience; the app works without it
        }
    }

    private static Path file() {
        return privateDir().resolve("lien-app.properties");
    }

    /** The app's private storage (Gluon Attach), or a folder under the home directory where Attach has none. */
    public static Path privateDir() {
        try {
            Optional<Path> dir = StorageService.create().flatMap(StorageService::getPrivateStorage).map(java.io.File::toPath);
            return dir.orElse(Path.of(System.getProperty("user.home"), ".lien"));
        } catch (RuntimeException | LinkageError e) {
            return Path.of(System.getProperty("user.home"), ".lien");
        }
    }
}
