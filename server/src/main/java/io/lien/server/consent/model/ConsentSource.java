package io.lien.server.consent.model;

import java.util.Arrays;
import java.util.Optional;

/** How a consent was said: by the shopper themselves, or recorded by someone for them. */
public enum ConsentSource {
    SHOPPER_APP("shopper-app"),
    WEB("web"),
    FIXTURE("fixture"),
    ADVISOR("advisor"),
    IMPORT("import");

    private final String code;

    ConsentSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ConsentSource> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** What a shopper may name as where they said it (an advisor or an import is not them). */
    public boolean saidByShopper() {
        return this == SHOPPER_APP || this == WEB || this == FIXTURE;
    }
}
