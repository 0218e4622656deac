package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.MailTransport;
import io.lien.server.settings.LienSettings;
import io.lien.server.settings.MailSettings;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/** SMTP when {@code lien.mail.host} is set; otherwise a folder of .eml files (the demo). */
@Factory
class MailTransports {

    @Singleton
    MailTransport mail(MailSettings mail, LienSettings lien) {
        if (mail.smtp()) {
            return new SmtpMail(mail);
        }
        Path folder = mail.folder() == null || mail.folder().isBlank() ? Path.of(lien.dataDir(), "outbox") : Path.of(mail.folder());
        return new MailFolder(folder, mail.from());
    }
}
