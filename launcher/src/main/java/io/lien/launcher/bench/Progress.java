package io.lien.launcher.bench;

/** A one-line progress bar on standard error for long runs. */
final class Progress {

    private final String label;
    private final long total;
    private int lastPercent = -1;

    Progress(String label, long total) {
        this.label = label;
        this.total = Math.max(1, total);
    }

    void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != lastPercent) {
            lastPercent = percent;
            int filled = percent / 5;
            System.err.print("\r" + label + " [" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + percent + " % ");
        }
    }

    void done() {
        update(total);
        System.err.println();
    }
}
