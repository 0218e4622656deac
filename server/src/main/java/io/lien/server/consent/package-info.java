/**
 * Consent as the client gives it: presence in store, profiling, contact per channel and quiet
 * hours, each change kept for ever with when, how (shopper app, web, fixture, advisor, import) and
 * by whom. The client's current choice is the latest change of each kind; nothing else in Lien
 * decides it. Withdrawing presence makes the client's app install anonymous from the next signal.
 */
package io.lien.server.consent;
