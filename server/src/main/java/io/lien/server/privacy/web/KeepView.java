package io.lien.server.privacy.web;

import io.lien.server.web.Page;

/**
 * The page a mirror's QR code opens on the shopper's phone: the garment, and either the button to
 * keep it in their space or, signed out, the way to sign in (it is kept once they are).
 */
public record KeepView(Page page, String productId, String name, String size, String storeId, String where, boolean signedIn) {
}
