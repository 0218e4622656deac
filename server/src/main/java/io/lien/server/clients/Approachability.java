package io.lien.server.clients;

/** Whether a client wants to be approached now, as they said it (shopper app, fixture, web). */
public enum Approachability {
    JUST_BROWSING("just-browsing"),
    ADVICE_WELCOME("advice-welcome"),
    NOT_SAID("not-said");

    private final String code;

    Approachability(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static java.util.Optional<Approachability> fromCode(String code) {
        return java.util.Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
    }
}
