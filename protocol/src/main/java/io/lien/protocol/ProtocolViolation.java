package io.lien.protocol;

/**
 * Thrown inside the decoders only; the public entry points turn it into a rejection value,
 * so that callers never handle exceptions for bad input.
 */
public final class ProtocolViolation extends RuntimeException {

    private final RejectReason reason;

    public ProtocolViolation(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
