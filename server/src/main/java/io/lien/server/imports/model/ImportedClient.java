package io.lien.server.imports.model;

/** A client as read from an import file, checked and ready to be written. */
public record ImportedClient(String id, String firstName, String lastName, String pronoun, String email, String phone,
                             String language, String preferredChannel, String sizes, String interests,
                             boolean presenceConsent, boolean emailConsent, boolean smsConsent, String advisor) {
}
