package io.lien.sim;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A simulated shopper following a script. {@code installId} is the shopper app's install id, or
 * {@code null} for a shopper without the app.
 */
public final class Shopper {

    static final double WALKING_SPEED = 1.2;

    final String name;
    final String installId;
    final int startSecond;
    final List<Step> script;
    final Set<String> carried = new LinkedHashSet<>();
    double x;
    double y;
    int stepIndex;
    int waitedSeconds;
    long appSeq;
    boolean inStore;
    boolean done;

    public Shopper(String name, String installId, int startSecond, double x, double y, List<Step> script) {
        this.name = name;
        this.installId = installId;
        this.startSecond = startSecond;
        this.x = x;
        this.y = y;
        this.script = List.copyOf(script);
    }

    public String name() {
        return name;
    }

    public boolean done() {
        return done;
    }

    Step currentStep() {
        return stepIndex < script.size() ? script.get(stepIndex) : null;
    }

    void nextStep() {
        stepIndex++;
        waitedSeconds = 0;
    }

    /** Moves one second towards a point; @return whether the shopper has arrived. */
    boolean walkTowards(double tx, double ty) {
        double dx = tx - x;
        double dy = ty - y;
        double d = Math.hypot(dx, dy);
        if (d <= WALKING_SPEED) {
            x = tx;
            y = ty;
            return true;
        }
        x += dx / d * WALKING_SPEED;
        y += dy / d * WALKING_SPEED;
        return false;
    }
}
