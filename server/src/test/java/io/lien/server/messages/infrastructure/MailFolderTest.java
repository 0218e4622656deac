package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.Letter;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailFolderTest {

    private static final Letter SOPHIE = new Letter("m-1", "email", "sophie.martin@example.org", "Prête à retirer à Lien Démo — Lyon",
            "Bonjour Sophie,\n\nLe trench bleu marine en 40 est prête : passez la chercher.");

    @Test
    void eachEmailIsAnEmlFileAnyMailClientOpensWithItsWordsIntact(@TempDir Path folder) throws Exception {
        MailFolder mail = new MailFolder(folder.resolve("outbox"), "Maison Lien <hello@maison.example>");
        mail.send(SOPHIE);
        mail.send(SOPHIE);
        List<Path> files = Files.list(folder.resolve("outbox")).toList();
        assertEquals(1, files.size(), "the same message twice is one file: " + files);
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertEquals("Prête à retirer à Lien Démo — Lyon", read.getSubject());
            assertEquals("sophie.martin@example.org", read.getAllRecipients()[0].toString());
            assertEquals("Maison Lien <hello@maison.example>", read.getFrom()[0].toString());
            assertTrue(((String) read.getContent()).contains("Le trench bleu marine en 40"));
        }
    }

    @Test
    void anAddressWithAHeaderSmuggledInIsRefusedAndNothingIsWritten(@TempDir Path folder) throws Exception {
        MailFolder mail = new MailFolder(folder, "hello@lien.example");
        for (String hostile : List.of("sophie@example.org\r\nBcc: everyone@example.org", "not an address", "a@b@c", "x".repeat(400) + "@e.org")) {
            assertThrows(RuntimeException.class, () -> mail.send(new Letter("m-2", "email", hostile, "s", "b")), hostile);
        }
        try (var left = Files.list(folder)) {
            assertEquals(0, left.filter(p -> p.toString().endsWith(".eml")).count());
        }
    }
}
