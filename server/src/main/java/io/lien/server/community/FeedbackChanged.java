package io.lien.server.community;

/** What the community says of a product changed: a like or words given or taken back. */
public record FeedbackChanged(String productId) {
}
