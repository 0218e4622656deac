package io.lien.server.shoppers;

import io.lien.server.clients.ClientDirectory;
import io.lien.server.security.AccountDirectory;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/** Shoppers sign in with their e-mail address, in any case; their token reaches their own data only. */
@Singleton
class ShopperDirectory implements AccountDirectory {

    private final ShopperLoginRepository logins;
    private final ClientDirectory clients;

    ShopperDirectory(ShopperLoginRepository logins, ClientDirectory clients) {
        this.logins = logins;
        this.clients = clients;
    }

    @Override
    public boolean recognises(String identity) {
        return identity.contains("@");
    }

    @Override
    public Optional<Account> find(String identity) {
        String email = identity.toLowerCase(Locale.ROOT);
        return logins.findById(email).flatMap(l -> clients.find(l.clientId())
                .map(c -> new Account(email, l.passwordHash(), new Shopper(email, c.id(), c.firstName()))));
    }

    @Override
    public void rehash(Account account, String newHash) {
        logins.findById(account.identity()).ifPresent(l -> logins.update(new ShopperLogin(l.email(), l.clientId(), newHash)));
    }
}
