package io.lien.server.advisors;

import io.lien.server.security.AccountDirectory;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Store staff sign in with a user name (no {@code @}); their token is for their own store. */
@Singleton
class StaffDirectory implements AccountDirectory {

    private final AdvisorRepository advisors;

    StaffDirectory(AdvisorRepository advisors) {
        this.advisors = advisors;
    }

    @Override
    public boolean recognises(String identity) {
        return !identity.contains("@");
    }

    @Override
    public Optional<Account> find(String identity) {
        return advisors.findById(identity).map(a -> new Account(a.username(), a.passwordHash(),
                new Staff(a.username(), a.displayName(), a.role(), a.storeId())));
    }

    @Override
    public void rehash(Account account, String newHash) {
        advisors.findById(account.identity()).ifPresent(a ->
                advisors.update(new Advisor(a.username(), a.displayName(), newHash, a.role(), a.storeId())));
    }
}
