package io.lien.protocol;

/** Why a message was refused. Counted per device and reason by whoever receives it. */
public enum RejectReason {
    OVERSIZED("payload larger than the allowed size"),
    BAD_TOPIC("topic is not part of the protocol"),
    BAD_ID("identifier does not match [A-Za-z0-9_-]{1,32}"),
    MALFORMED_JSON("payload is not a JSON object"),
    MISSING_FIELD("a required field is missing"),
    BAD_VALUE("a field has the wrong type or an unknown value"),
    OUT_OF_RANGE("a number is outside its allowed range"),
    TOO_MANY_ITEMS("a list is longer than allowed"),
    SPOOFED("the sender is not the device or gateway the topic names"),
    UNKNOWN_DEVICE("the device is not in the store's registry"),
    BAD_CREDENTIALS("the device's password is wrong or was never issued"),
    DUPLICATE("already received"),
    RATE_LIMITED("the device sends faster than its allowance");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The lower-case, dash-separated name used in metrics and logs. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }
}
