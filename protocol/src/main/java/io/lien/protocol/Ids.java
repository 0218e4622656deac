package io.lien.protocol;

import java.util.regex.Pattern;

/** Identifiers as the device protocol defines them: {@code [A-Za-z0-9_-]{1,32}}. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " must match [A-Za-z0-9_-]{1,32}: " + id);
        }
        return id;
    }
}
