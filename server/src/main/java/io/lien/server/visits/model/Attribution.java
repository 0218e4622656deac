package io.lien.server.visits.model;

/**
 * Why a garment's handling is credited to a shopper, and how sure that makes us. The confidence
 * is fixed per rule, so an advisor or a manager can always read why (no opaque score).
 */
public enum Attribution {

    /** Several shoppers or nobody where it happened: the handling stays anonymous. */
    NONE("none", 0.0),
    /** The shopper was the only one in the rack's zone when the garment was lifted. */
    ALONE_AT_RACK("alone-at-rack", 0.6),
    /** A fitting-room reader saw the garment while the shopper was the only one in the fitting rooms. */
    ALONE_IN_FITTING_ROOM("alone-in-fitting-room", 0.85),
    /** Both: alone at the rack when it was lifted, and alone in the fitting rooms when it got there. */
    RACK_AND_FITTING_ROOM("rack-and-fitting-room", 0.95);

    private final String code;
    private final double confidence;

    Attribution(String code, double confidence) {
        this.code = code;
        this.confidence = confidence;
    }

    public String code() {
        return code;
    }

    public double confidence() {
        return confidence;
    }

    public boolean strongerThan(Attribution other) {
        return confidence > other.confidence;
    }

    public static Attribution of(String code) {
        for (Attribution a : values()) {
            if (a.code.equals(code)) {
                return a;
            }
        }
        throw new IllegalArgumentException("no attribution " + code);
    }
}
