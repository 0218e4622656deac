/**
 * The client's rights over what Lien holds: export (everything, as JSON and as a readable page)
 * and erasure. Erasure removes the person — record, history, consents, sign-in, access log,
 * moments naming them — and unlinks what must stay for the store's anonymous figures: visits and
 * handlings lose their client (purchases written down first, so the funnel does not change), and
 * the app install id in stored presence signals is replaced by a random one.
 */
package io.lien.server.privacy;
