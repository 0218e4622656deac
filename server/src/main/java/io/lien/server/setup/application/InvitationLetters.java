package io.lien.server.setup.application;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Phrase;
import io.lien.server.i18n.Wording;
import io.lien.server.messages.application.Letter;
import io.lien.server.messages.application.Messenger;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Store;
import io.lien.server.settings.LienSettings;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

/**
 * The link to choose one's password, as an address to open and, for someone with an e-mail address, a
 * letter in their store's language (head office: the inviter's). A letter that cannot go is no failure:
 * the inviter has the link on screen.
 */
@Singleton
public class InvitationLetters {

    private static final Logger LOG = LoggerFactory.getLogger(InvitationLetters.class);
    public static final String PATH = "/welcome/";

    private final Messenger messenger;
    private final DeviceRegistry registry;
    private final String baseUrl;

    InvitationLetters(Messenger messenger, DeviceRegistry registry, LienSettings lien) {
        this.messenger = messenger;
        this.registry = registry;
        this.baseUrl = lien.baseUrl();
    }

    public String address(String token) {
        return baseUrl + PATH + token;
    }

    /** Sends the letter when the account has an address; true when it went. */
    public boolean send(StaffAccounts.Link link, Locale inviterLanguage, boolean reset) {
        if (link.account().email() == null) {
            return false;
        }
        Locale language = link.account().storeId() == null ? inviterLanguage
                : Languages.all().nearest(registry.store(link.account().storeId()).map(Store::language).orElse("en"));
        ZoneId zone = link.account().storeId() == null ? ZoneId.of("UTC") : registry.timeZone(link.account().storeId());
        String storeName = link.account().storeId() == null ? "Lien" : registry.store(link.account().storeId()).map(Store::name).orElse("Lien");
        String kind = reset ? "reset" : "invitation";
        String subject = Wording.plain(Phrase.with("mail.staff-" + kind + ".subject", storeName), language);
        String body = Wording.plain(Phrase.with("mail.staff-" + kind + ".body", link.account().firstName(), storeName,
                address(link.token()), link.account().username(),
                Instant.ofEpochMilli(link.expiresAt()).atZone(zone).toLocalDate().toString()), language);
        try {
            messenger.send(new Letter(UUID.randomUUID().toString(), "email", link.account().email(), subject, body));
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The {} letter to {} could not be sent ({}); the link was shown to whoever asked", kind, link.account().username(),
                    e.toString());
            return false;
        }
    }
}
