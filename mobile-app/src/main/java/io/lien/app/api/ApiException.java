package io.lien.app.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The server answered with an error, or could not be reached (status 0). */
public final class ApiException extends RuntimeException {

    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** No answer at all: the network or the server is away; what the advisor did can wait. */
    public boolean unreachable() {
        return status == 0;
    }

    /** The server's reason in words (the problem document's {@code detail}), else the raw message. */
    public String detail() {
        String m = getMessage() == null ? "" : getMessage();
        Matcher matcher = DETAIL.matcher(m);
        return matcher.find() ? matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : m;
    }
}
