package io.lien.server.moments;

/**
 * An advisor said "I'm on it" ({@code claim}) to a moment ({@code taken}): published once the claim
 * is stored, so that what the shopper sees (a hanger, a mirror) can say who is coming.
 */
public record ClaimMade(Moment claim, Moment taken) {
}
