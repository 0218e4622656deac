package io.lien.server.security;

import java.util.Optional;

/**
 * Where sign-in finds the people of one kind (store staff, shoppers). Each identity belongs to
 * exactly one directory — {@link #recognises} — so that every sign-in checks exactly one password
 * hash, whether the name exists or not.
 */
public interface AccountDirectory {

    /** Whether {@code identity} is of this directory's form (a user name, an e-mail address). */
    boolean recognises(String identity);

    /** The account signing in as {@code identity}, if there is one. */
    Optional<Account> find(String identity);

    /** Stores a fresh hash of the password that just signed in (its old one was made with fewer iterations). */
    void rehash(Account account, String newHash);

    /** Someone who may sign in, and what their token will carry. */
    record Account(String identity, String passwordHash, Holder holder) {
    }

    /** Who an account's token speaks for. */
    sealed interface Holder {
    }

    /** An advisor or a manager, working in their own store at sign-in. */
    record Staff(String username, String name, String role, String storeId) implements Holder {
    }

    /** Head office (an administrator): sets up every store, works in none. */
    record HeadOffice(String username, String name) implements Holder {
    }

    /** A client signed in to their own space. */
    record Shopper(String email, String clientId, String firstName) implements Holder {
    }
}
