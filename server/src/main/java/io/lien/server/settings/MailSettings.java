package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * E-mail to clients, over SMTP.
 *
 * @param host     the SMTP server; none (the demo): e-mails are written as .eml files into {@code folder}
 * @param port     587 (submission with STARTTLS) unless the provider says otherwise
 * @param username and {@code password}: when the server asks for them
 * @param starttls upgrade the connection to TLS before sending (on by default; off only for a local test server)
 * @param from     the sender clients see, e.g. {@code Maison Lien <hello@maison.example>}
 * @param folder   where e-mails go without an SMTP server; none: {@code <data-dir>/outbox}
 */
@ConfigurationProperties("lien.mail")
public record MailSettings(@Nullable String host, @Bindable(defaultValue = "587") int port, @Nullable String username,
                           @Nullable String password, @Bindable(defaultValue = "true") boolean starttls,
                           @Bindable(defaultValue = "Lien <hello@lien.example>") String from, @Nullable String folder) {

    public MailSettings {
        InvalidSetting.require(port > 0 && port < 65_536, "lien.mail.port", "must be a port number", port);
        InvalidSetting.require(from != null && from.contains("@") && !from.contains("\n") && !from.contains("\r"), "lien.mail.from",
                "must be an e-mail address, optionally with a name: Maison Lien <hello@maison.example>", from);
    }

    public boolean smtp() {
        return host != null && !host.isBlank();
    }
}
