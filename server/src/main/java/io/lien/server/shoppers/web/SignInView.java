package io.lien.server.shoppers.web;

import io.lien.server.web.Page;
import io.micronaut.core.annotation.Nullable;

/** What the sign-in page says: {@code note} a message key (sent, wrong password, link used), {@code token} for the link's button. */
public record SignInView(Page page, @Nullable String note, @Nullable String token) {
}
