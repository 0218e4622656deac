package io.lien.server.selections.infrastructure;

import io.lien.server.selections.application.ContactChannel;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's channel: the message goes to the log (no provider account on a demo machine). A
 * deployment replaces this bean with its e-mail/SMS/messaging provider's adapter.
 */
@Singleton
class LoggedContactChannel implements ContactChannel {

    private static final Logger LOG = LoggerFactory.getLogger(LoggedContactChannel.class);

    @Override
    public void send(String channel, String address, String text) {
        LOG.info("To {} by {}: {}", mask(address), channel, text);
    }

    /** The log is read by operators: the address is theirs only in part. */
    static String mask(String address) {
        int keep = Math.min(4, address.length() / 3);
        return address.substring(0, keep) + "…";
    }
}
