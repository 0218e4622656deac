package io.lien.server.messages.infrastructure;

import io.lien.server.messages.application.Letter;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.util.Date;

/** A letter as an e-mail: UTF-8 plain text, one recipient checked strictly (no header can be smuggled in an address). */
final class MimeLetters {

    private MimeLetters() {
    }

    static MimeMessage of(Session session, String from, Letter letter) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from, true));
        m.setRecipient(Message.RecipientType.TO, recipient(letter.address()));
        m.setSubject(letter.subject(), "UTF-8");
        m.setText(letter.body(), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("X-Lien-Message", letter.id());
        m.saveChanges();
        return m;
    }

    static InternetAddress recipient(String address) throws AddressException {
        if (address == null || address.length() > 320 || address.chars().anyMatch(Character::isISOControl)) {
            throw new AddressException("not an e-mail address", String.valueOf(address));
        }
        InternetAddress to = new InternetAddress(address, true);
        to.validate();
        return to;
    }
}
