package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.Letter;
import io.lien.server.messages.application.MailTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The demo's mail: each e-mail a {@code .eml} file in a folder (any mail client opens it), written
 * whole or not at all. The same message again overwrites its own file: one file per message.
 */
class MailFolder implements MailTransport {

    private final Path folder;
    private final String from;
    private final Session session = Session.getInstance(new Properties());

    MailFolder(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void send(Letter letter) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(letter.id().replaceAll("[^A-Za-z0-9-]", "_") + ".eml");
            Path partial = Files.createTempFile(folder, "writing-", ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                MimeLetters.of(session, from, letter).writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the e-mail into " + folder, e);
        } catch (MessagingException e) {
            throw new IllegalStateException("not an e-mail that can be written: " + e.getMessage(), e);
        }
    }

    @Override
    public String destination() {
        return folder.toString();
    }
}
