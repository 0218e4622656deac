package io.lien.server.messages.application;

/** Sends an e-mail: over SMTP, or (the demo) into a folder. Throws when it could not: the outbox tries again. */
public interface MailTransport {

    void send(Letter letter);

    /** Where the mail goes, for the banner and the log ("smtp.example.org:587", "data/outbox"). */
    String destination();
}
