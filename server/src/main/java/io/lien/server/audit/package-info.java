/**
 * Who looked at, exported or changed a client's profile, when and why. Every read of a profile
 * through the API is written here before the answer leaves; managers read it per client, and a
 * client reads their own ("who looked at my profile").
 */
package io.lien.server.audit;
