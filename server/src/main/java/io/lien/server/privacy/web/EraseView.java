package io.lien.server.privacy.web;

import io.lien.server.web.Page;
import io.micronaut.core.annotation.Nullable;

/** The erasure page: the confirmation asked for ({@code name} while signed in), or what happened ({@code note}, a message key). */
public record EraseView(Page page, @Nullable String name, @Nullable String note) {
}
