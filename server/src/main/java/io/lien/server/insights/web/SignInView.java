package io.lien.server.insights.web;

import io.lien.server.web.Page;

/** The managers' sign-in page, with what went wrong last time (a message key) if anything. */
public record SignInView(Page page, String problem) {
}
