/**
 * Clients as people: identity, language, sizes, what they love, whether they want to be
 * approached now, and one history across every channel (store, web, app, phone). An app install
 * identifies a client only while that client's presence consent is given; otherwise the install
 * stays anonymous.
 */
package io.lien.server.clients;
