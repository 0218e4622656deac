package io.lien.server.selections.application;

/**
 * The brand's way of writing to a client (e-mail, SMS, messaging provider). Lien hands it a short
 * text with the link; the adapter in {@code infrastructure} is where a provider plugs in.
 */
public interface ContactChannel {

    /** @param address the e-mail address or phone number on file; @param text in the client's language, with the link */
    void send(String channel, String address, String text);
}
