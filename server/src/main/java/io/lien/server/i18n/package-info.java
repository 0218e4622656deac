/**
 * Every text Lien shows people comes from one set of message bundles
 * ({@code src/main/resources/i18n/messages*.properties}, ICU MessageFormat with plurals), rendered in
 * the reader's language when it is read. {@link io.lien.server.i18n.Languages} says which languages
 * there are — every {@code i18n/languages.list} on the class path — so adding a language is adding
 * bundle files and a row. {@code BundleCompletenessTest} fails when one bundle lacks a key another has.
 * What Lien stores or computes to say later — a moment, a typology's evidence, a starter, a
 * timeline line, a refusal, why a profile was looked at — is a {@link io.lien.server.i18n.Phrase}
 * (keys and typed arguments), kept in a column as JSON ({@link io.lien.server.i18n.PhraseColumn}) and
 * worded per reader by {@link io.lien.server.i18n.Wording} (with the catalogue's names:
 * {@code registry.PhraseWording}).
 */
package io.lien.server.i18n;
