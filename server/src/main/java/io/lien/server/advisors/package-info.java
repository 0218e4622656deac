/**
 * Advisors and managers: who may sign in to which stores, with which role. Passwords are stored
 * as PBKDF2 hashes; sign-in answers a JWT bearer token carrying the roles and one store, their own;
 * someone who works in several stores chooses another and gets a token for that one.
 */
package io.lien.server.advisors;
