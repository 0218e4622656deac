package io.lien.server.community.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A shopper's words as a shared screen (a mirror, a rack) may show them: the author's own names,
 * e-mail and phone, and anything shaped like an e-mail address or a phone number, replaced by "…".
 * A device display never carries an identifier, even one a shopper typed about themselves.
 */
public final class Redaction {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d .()-]{6,}\\d");
    private static final String GONE = "…";

    private Redaction() {
    }

    /** @param identifiers the author's first and last name, e-mail, phone (nulls and short ones ignored) */
    public static String forSharedScreens(String words, List<String> identifiers) {
        String out = EMAIL.matcher(words).replaceAll(GONE);
        out = PHONE.matcher(out).replaceAll(GONE);
        for (String id : identifiers) {
            if (id != null && id.strip().length() >= 2) {
                out = Pattern.compile("(?iu)\\b" + Pattern.quote(id.strip()) + "\\b").matcher(out).replaceAll(GONE);
            }
        }
        return out;
    }
}
