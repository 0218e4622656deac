package io.lien.server.web;

import java.util.regex.Pattern;

/**
 * A tablet's own id for a write (a UUID), so that a retry from its offline queue is recognised:
 * checked the same way wherever the API takes one.
 */
public final class RequestIds {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{8,40}");

    private RequestIds() {
    }

    /** @throws Problems.BadRequest when it is given and not of the expected form */
    public static void check(String requestId) {
        if (requestId != null && !FORM.matcher(requestId).matches()) {
            throw new Problems.BadRequest("problem.request-id");
        }
    }
}
