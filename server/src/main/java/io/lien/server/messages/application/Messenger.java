package io.lien.server.messages.application;

import jakarta.inject.Singleton;

/** Hands a letter to the way its channel travels: e-mail over mail, the rest through the messaging provider. */
@Singleton
public class Messenger {

    private final MailTransport mail;
    private final MessagingProvider messaging;

    Messenger(MailTransport mail, MessagingProvider messaging) {
        this.mail = mail;
        this.messaging = messaging;
    }

    public void send(Letter letter) {
        if (letter.channel().equals("email")) {
            mail.send(letter);
        } else {
            messaging.send(letter);
        }
    }

    public String mailDestination() {
        return mail.destination();
    }
}
