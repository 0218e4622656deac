package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.Letter;
import io.lien.server.messages.application.MailTransport;
import io.lien.server.settings.MailSettings;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.util.Properties;

/** E-mail over SMTP with Jakarta Mail (Eclipse Angus): STARTTLS unless turned off, timeouts so a slow server never blocks the outbox. */
class SmtpMail implements MailTransport {

    private final MailSettings settings;
    private final Session session;

    SmtpMail(MailSettings settings) {
        this.settings = settings;
        Properties p = new Properties();
        p.put("mail.smtp.host", settings.host());
        p.put("mail.smtp.port", String.valueOf(settings.port()));
        p.put("mail.smtp.starttls.enable", String.valueOf(settings.starttls()));
        p.put("mail.smtp.starttls.required", String.valueOf(settings.starttls()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        boolean auth = settings.username() != null && !settings.username().isBlank();
        p.put("mail.smtp.auth", String.valueOf(auth));
        this.session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password() == null ? "" : settings.password());
            }
        }) : Session.getInstance(p);
    }

    @Override
    public void send(Letter letter) {
        try {
            Transport.send(MimeLetters.of(session, settings.from(), letter));
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP " + destination() + " did not take the message: " + e.getMessage(), e);
        }
    }

    @Override
    public String destination() {
        return settings.host() + ":" + settings.port();
    }
}
