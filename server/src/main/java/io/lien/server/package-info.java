/**
 * The Lien server. Features are packages (registry, clients, signals, live, moments, advisors,
 * demo); {@code mqtt} and {@code web} hold shared plumbing. See docs/architecture.md.
 */
package io.lien.server;
