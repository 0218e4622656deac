package io.lien.server.displays.model;

/**
 * A shopper's request at a device, as its display tells it: asked at a hanger ({@code help}) or at a
 * fixture ({@code other-size}, {@code call-advisor}), then perhaps taken by an advisor. Holds the
 * moment it became on the tablets, never who asked.
 *
 * @param deviceId  the hanger or fixture it was asked at (its display answers)
 * @param hangerId  the garment it is about, when there is one
 * @param size      the size asked for, for {@code other-size}
 */
public record HelpRequest(long momentId, String storeId, String deviceId, String action, String hangerId, String productId,
                          String size, long askedAt, String advisorFirstName, long takenAt) {

    public static HelpRequest asked(long momentId, String storeId, String deviceId, String action, String hangerId,
                                    String productId, String size, long askedAt) {
        return new HelpRequest(momentId, storeId, deviceId, action, hangerId, productId, size, askedAt, null, 0);
    }

    public HelpRequest takenBy(String advisorFirstName, long at) {
        return new HelpRequest(momentId, storeId, deviceId, action, hangerId, productId, size, askedAt, advisorFirstName, at);
    }

    public boolean taken() {
        return advisorFirstName != null;
    }

    /** When it was last news: asked, or taken. */
    public long lastNews() {
        return Math.max(askedAt, takenAt);
    }

    public HelpState state() {
        return taken() ? new HelpState.Coming(advisorFirstName, takenAt) : new HelpState.Asked(askedAt);
    }
}
