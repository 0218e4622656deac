package io.lien.server.moments.model;

/** What a moment is about; the tablet picks an icon and an action from it. */
public enum MomentKind {
    ARRIVAL, LIFT, TRY_ON, LIKE, HELP, SIZE_REQUEST, ADVISOR_CALL, DEVICE_ALERT,
    /** An advisor took a moment ("I'm on it"); refers to it. */
    CLAIM,
    /** A client opened a selection an advisor sent them. */
    SELECTION_OPENED,
    /** A client reserved a piece to try on, or bought one to collect, in store: to put aside. */
    RESERVATION,
    /** A client bought a piece of an advisor's selection, to be delivered. */
    ORDER
}
