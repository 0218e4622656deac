/**
 * Who may do what, in one place: the roles, the claims a token carries, signing in with a password
 * (hashes, their upgrade, the same cost for an unknown name as for a wrong password), and store
 * scoping. A controller never reads a claim: it takes a {@link io.lien.server.security.StaffMember}
 * or a {@link io.lien.server.security.ShopperIdentity} argument, and a route with a {@code {storeId}}
 * variable is refused by {@link io.lien.server.security.StoreScopeRule} unless the token is for that
 * store. Features tell sign-in who their people are through {@link io.lien.server.security.AccountDirectory}.
 */
package io.lien.server.security;
