/**
 * Who looked at, exported or changed a client's profile, when and why. Every read of a profile
 * through the API is written here before the answer leaves; managers read it per client, and a
 * client reads their own ("who looked at my profile"). Why is a phrase: Lien's own reasons read in
 * the reader's language, an advisor's typed reason as typed.
 */
package io.lien.server.audit;
