/**
 * Shoppers signing in, from any device, to manage what Lien knows about them: their consents,
 * whether they want to be approached now, who looked at their profile. A shopper's token carries
 * their client id; every shopper endpoint serves that client and no other.
 */
package io.lien.server.shoppers;
