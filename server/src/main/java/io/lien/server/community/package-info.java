/**
 * What the community thinks of each product: likes (from shoppers and from hangers and fixtures in
 * store) and written feedback. Critical feedback has the same place as praise — the brand is a
 * curator, not the one who knows best, and contradictors have a voice. Authors are "a client"
 * unless they sign with their first name.
 */
package io.lien.server.community;
