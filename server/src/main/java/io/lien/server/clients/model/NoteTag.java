package io.lien.server.clients.model;

import java.util.Arrays;
import java.util.Optional;

/** Quick tags an advisor taps instead of typing: what the note is about; said as message note-tag.{code}. */
public enum NoteTag {
    LOOKING_FOR("looking-for"),
    GIFT("gift"),
    WAITING_FOR_SIZE("waiting-for-size"),
    FIT("fit"),
    LOVED("loved"),
    NOT_FOR_THEM("not-for-them"),
    OCCASION("occasion"),
    CALL_BACK("call-back");

    private final String code;

    NoteTag(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Its message key. */
    public String key() {
        return "note-tag." + code;
    }

    public static Optional<NoteTag> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
