/**
 * Every text Lien shows people comes from one set of message bundles
 * ({@code src/main/resources/i18n/messages*.properties}, ICU MessageFormat with plurals), rendered in
 * the reader's language when it is read. {@link io.lien.server.i18n.Languages} says which languages
 * there are — every {@code i18n/languages.list} on the class path — so adding a language is adding
 * bundle files and a row. {@code BundleCompletenessTest} fails when one bundle lacks a key another has.
 * What Lien stores to say later — a moment, soon a typology's evidence — is a
 * {@link io.lien.server.i18n.Phrase} (keys and typed arguments), worded per reader by
 * {@link io.lien.server.i18n.Wording}.
 */
package io.lien.server.i18n;
