package io.lien.server.moments.model;

/** What a moment is about; the tablet picks an icon and an action from it. */
public enum MomentKind {
    ARRIVAL, LIFT, TRY_ON, LIKE, HELP, SIZE_REQUEST, ADVISOR_CALL, DEVICE_ALERT
}
