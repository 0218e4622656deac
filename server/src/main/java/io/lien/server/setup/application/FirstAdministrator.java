package io.lien.server.setup.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.security.PasswordHasher;
import io.lien.server.security.Roles;
import io.lien.server.settings.LienSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.stream.StreamSupport;

/**
 * A database with nobody from head office gets one at start: user {@value #USERNAME} with a random password
 * written to {@code <data>/initial-admin-password} (readable by the server's user only) and named in the log
 * — never printed. Whoever installs Lien signs in with it, invites the real people, and removes it.
 */
@Singleton
public class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    public static final String USERNAME = "admin";
    public static final String FILE = "initial-admin-password";

    private final AdvisorRepository accounts;
    private final Path dataDir;

    FirstAdministrator(AdvisorRepository accounts, LienSettings lien) {
        this.accounts = accounts;
        this.dataDir = Path.of(lien.dataDir());
    }

    /** Creates the first administrator when there is none (not even a removed one: head office had someone once). */
    public void ensure() {
        boolean any = StreamSupport.stream(accounts.findAll().spliterator(), false).anyMatch(a -> Roles.ADMIN.equals(a.role()));
        if (any || accounts.existsById(USERNAME)) {
            return;
        }
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            restrict(file);
        } catch (IOException e) {
            LOG.error("No administrator could be created: {} cannot be written ({})", file, e.toString());
            return;
        }
        accounts.save(new Advisor(USERNAME, "Administrator", PasswordHasher.hash(password), Roles.ADMIN, null));
        LOG.warn("No head-office account yet: user '{}' created, its password is in {} — sign in at /office, invite the real"
                + " people, then remove this account and the file", USERNAME, file.toAbsolutePath());
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system (Windows): the folder's own rights apply
        }
    }
}
