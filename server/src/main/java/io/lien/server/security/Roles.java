package io.lien.server.security;

/** The roles a token can carry; {@code @Secured} names them from here. */
public final class Roles {

    /** Store staff who talk with clients on the tablet. */
    public static final String ADVISOR = "ADVISOR";
    /** Store staff who also see insights, the access log, devices and erasure. */
    public static final String MANAGER = "MANAGER";
    /** Head office: creates stores, imports the catalogue, invites managers, sets up any store; no client data. */
    public static final String ADMIN = "ADMIN";
    /** A client signed in to their own space. */
    public static final String SHOPPER = "SHOPPER";

    private Roles() {
    }
}
