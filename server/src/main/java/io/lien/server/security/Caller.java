package io.lien.server.security;

/** Whoever a token speaks for, as the profile access log names them. */
public sealed interface Caller permits StaffMember, ShopperIdentity {

    /** Their sign-in identity: a user name or an e-mail address. */
    String id();

    /** How a person reads them in a log. */
    String displayName();

    /** Their role, as the log shows it. */
    String role();
}
