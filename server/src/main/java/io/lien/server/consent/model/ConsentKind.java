package io.lien.server.consent.model;

import java.util.Arrays;
import java.util.Optional;

/** What a client can say yes or no to. Contact is per channel; quiet hours carry a value. */
public enum ConsentKind {
    PRESENCE("presence", null),
    PROFILING("profiling", null),
    CONTACT_EMAIL("contact-email", "email"),
    CONTACT_SMS("contact-sms", "sms"),
    CONTACT_MESSAGING("contact-messaging", "whatsapp"),
    CONTACT_PHONE("contact-phone", "phone"),
    QUIET_HOURS("quiet-hours", null);

    private final String code;
    /** The client's preferred-channel value this consent covers, for contact kinds. */
    private final String channel;

    ConsentKind(String code, String channel) {
        this.code = code;
        this.channel = channel;
    }

    public String code() {
        return code;
    }

    public Optional<String> channel() {
        return Optional.ofNullable(channel);
    }

    public static Optional<ConsentKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** The contact consent for a channel as clients name it (email, sms, whatsapp, phone). */
    public static Optional<ConsentKind> forChannel(String channel) {
        return Arrays.stream(values()).filter(k -> k.channel != null && k.channel.equals(channel)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ConsentKind::code).toList());
    }
}
