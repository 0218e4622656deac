/**
 * Every setting of the server, one {@code @ConfigurationProperties} record per area, checked when the
 * server starts ({@link io.lien.server.settings.SettingsCheck}): a wrong value stops it with a message
 * naming the key; an unknown key under {@code lien.} in a configuration file stops it too, with the
 * nearest known key. docs/configuration.md lists every key; {@code SettingsDocumentationTest} keeps
 * the two the same. A feature takes the record it needs as a constructor argument.
 */
package io.lien.server.settings;
