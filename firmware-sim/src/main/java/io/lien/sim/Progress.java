package io.lien.sim;

/** A one-line progress bar on standard error for long runs. */
public final class Progress {

    private final String label;
    private final long total;
    private int lastPercent = -1;

    public Progress(String label, long total) {
        this.label = label;
        this.total = Math.max(1, total);
    }

    public void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent / 5;
            System.err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + percent + " % ");
        }
    }

    public void done() {
        update(total);
        System.err.println();
    }
}
