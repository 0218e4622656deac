package io.lien.server.shoppers.application;

import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.messages.application.Outbox;
import io.lien.server.security.Digests;
import io.lien.server.settings.LienSettings;
import io.lien.server.shoppers.SignInLink;
import io.lien.server.shoppers.SignInLinkRepository;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Signing in with a link sent by e-mail: 256 random bits, kept only as a hash, good once for 15
 * minutes, at most {@value #PER_HOUR} asked for an hour per client. Whether an address is known
 * is never said: the page answers the same either way.
 */
@Singleton
public class SignInLinks {

    static final long VALID_MS = 15 * 60_000L;
    static final int PER_HOUR = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ClientDirectory clients;
    private final SignInLinkRepository links;
    private final Outbox outbox;
    private final String publicUrl;

    SignInLinks(ClientDirectory clients, SignInLinkRepository links, Outbox outbox, LienSettings settings) {
        this.clients = clients;
        this.links = links;
        this.outbox = outbox;
        this.publicUrl = settings.baseUrl();
    }

    /** Sends a link to {@code email} if a client has that address (and has not asked too often). True when one was sent. */
    public boolean send(String email, Locale pageLanguage) {
        if (email == null || email.length() > 320 || !email.contains("@")) {
            return false;
        }
        Optional<Client> client = clients.byEmail(email);
        long now = System.currentTimeMillis();
        if (client.isEmpty() || client.get().email() == null
                || links.countByClientIdAndCreatedAtGreaterThan(client.get().id(), now - 3_600_000L) >= PER_HOUR) {
            return false;
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String hash = Digests.sha256Hex(token);
        links.save(new SignInLink(hash, client.get().id(), now, now + VALID_MS, null));
        Texts t = Texts.of(Languages.all().nearest(client.get().language()));
        String link = publicUrl + "/me/link/" + token + "?lang=" + t.language();
        outbox.queue(new Outbox.Draft("sign-in:" + hash, client.get().id(), "sign-in", "email", client.get().email(),
                t.t("message.sign-in.subject"), t.t("message.sign-in.body", client.get().firstName(), link, VALID_MS / 60_000),
                now));
        outbox.sendSoon();
        return true;
    }

    /** The client a link signs in, once, before it runs out. */
    public Optional<Client> use(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String hash = Digests.sha256Hex(token);
        if (links.use(hash, System.currentTimeMillis()) != 1) {
            return Optional.empty();
        }
        return links.findById(hash).flatMap(l -> clients.find(l.clientId()));
    }

    /** Erasure: their links go too. */
    public void forget(String clientId) {
        links.deleteByClientId(clientId);
    }
}
