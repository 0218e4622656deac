package io.lien.server.intake.model;

import java.util.List;

/** A refund (a return) of lines of an order a source sent before: which line (its place in the order), how many, how much back. */
public record IntakeRefund(String source, String orderId, String refundId, List<Line> lines) {

    public IntakeRefund {
        lines = List.copyOf(lines);
    }

    /** @param line the line's place in the order, from 1 */
    public record Line(int line, int quantity, long amountCents) {
    }
}
