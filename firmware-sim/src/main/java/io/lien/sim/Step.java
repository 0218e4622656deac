package io.lien.sim;

/** One thing a simulated shopper does; a shopper's script is a list of steps. */
public sealed interface Step {

    /** Walk to a zone's centre at walking pace, carrying whatever was lifted. */
    record WalkTo(String zoneId) implements Step {
    }

    record Wait(int seconds) implements Step {
    }

    /** Take a hanger off its rack; it is carried until put back. */
    record Lift(String hangerId) implements Step {
    }

    record PutBack(String hangerId) implements Step {
    }

    /** Press a hanger's button: {@code like} or {@code help}. */
    record Press(String hangerId, String button) implements Step {
    }

    /** Use a connected fixture. */
    record Tap(String fixtureId, String action, String hangerId, String size) implements Step {
    }

    /** Walk out: the app stops reporting beacons. */
    record Leave() implements Step {
    }
}
