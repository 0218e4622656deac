package io.lien.server.displays.model;

/** Where a shopper's call for help stands, as a display may say it (an advisor's first name, never the shopper's). */
public sealed interface HelpState {

    /** Nobody asked, or what was asked is over. */
    record None() implements HelpState {
    }

    /** Asked; no advisor has said "I'm on it" yet. */
    record Asked(long since) implements HelpState {
    }

    /** {@code advisorFirstName} said "I'm on it". */
    record Coming(String advisorFirstName, long since) implements HelpState {
    }
}
