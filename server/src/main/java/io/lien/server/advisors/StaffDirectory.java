package io.lien.server.advisors;

import io.lien.server.security.AccountDirectory;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Staff sign in with a user name (no {@code @}); a store's staff get a token for their own store, head office one for none. */
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
        return advisors.findById(identity).filter(a -> a.removedAt() == null).map(a -> new Account(a.username(), a.passwordHash(),
                a.storeId() == null ? new HeadOffice(a.username(), a.displayName()) : new Staff(a.username(), a.displayName(), a.role(), a.storeId())));
    }

    @Override
    public void rehash(Account account, String newHash) {
        advisors.findById(account.identity()).ifPresent(a ->
                advisors.update(a.withPasswordHash(newHash)));
    }
}
