package io.lien.server.clients.model;

import java.util.Arrays;
import java.util.Optional;

/** Quick tags an advisor taps instead of typing: what the note is about, in both languages. */
public enum NoteTag {
    LOOKING_FOR("looking-for", "Looking for", "Cherche"),
    GIFT("gift", "Gift", "Cadeau"),
    WAITING_FOR_SIZE("waiting-for-size", "Waiting for a size", "Attend une taille"),
    FIT("fit", "Fit", "Coupe"),
    LOVED("loved", "Loved", "A adoré"),
    NOT_FOR_THEM("not-for-them", "Not for them", "Pas pour elle/lui"),
    OCCASION("occasion", "Occasion", "Occasion"),
    CALL_BACK("call-back", "Call back", "Rappeler");

    private final String code;
    private final String en;
    private final String fr;

    NoteTag(String code, String en, String fr) {
        this.code = code;
        this.en = en;
        this.fr = fr;
    }

    public String code() {
        return code;
    }

    public String en() {
        return en;
    }

    public String fr() {
        return fr;
    }

    public static Optional<NoteTag> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
