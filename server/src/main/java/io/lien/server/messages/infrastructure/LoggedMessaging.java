package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.Letter;
import io.lien.server.messages.application.MessagingProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a messaging provider (the demo): a text message goes to the log, its address masked
 * (operators read logs; the number is not theirs).
 */
class LoggedMessaging implements MessagingProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedMessaging.class);

    @Override
    public void send(Letter letter) {
        LOG.info("To {} by {} (no messaging provider set: lien.messages.webhook-url): {}", mask(letter.address()), letter.channel(),
                letter.body());
    }

    static String mask(String address) {
        int keep = Math.min(4, address.length() / 3);
        return address.substring(0, keep) + "…";
    }
}
