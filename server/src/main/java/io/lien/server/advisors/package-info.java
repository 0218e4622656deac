/**
 * Advisors and managers: who may sign in to which store, with which role. Passwords are stored
 * as PBKDF2 hashes; sign-in answers a JWT bearer token carrying the roles and the store.
 */
package io.lien.server.advisors;
