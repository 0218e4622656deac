package io.lien.server.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * {@code POST /login} for everyone: finds the account in the one directory its identity belongs to,
 * checks the password on the blocking executor (never on the event loop), and answers in the same
 * time for an unknown name as for a wrong password. A hash made with fewer iterations than today's
 * is replaced on the way in.
 */
@Singleton
final class PasswordSignIn<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordSignIn.class);
    private static final int MAX_IDENTITY = 254;

    private final List<AccountDirectory> directories;

    PasswordSignIn(List<AccountDirectory> directories) {
        this.directories = directories;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        String identity = credentials.getIdentity();
        String password = credentials.getSecret();
        Optional<AccountDirectory> directory = identity == null || identity.length() > MAX_IDENTITY ? Optional.empty()
                : directories.stream().filter(d -> d.recognises(identity)).findFirst();
        Optional<AccountDirectory.Account> account = directory.flatMap(d -> d.find(identity));
        if (account.isEmpty()) {
            PasswordHasher.matchesNobody(password);
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!PasswordHasher.matches(password, account.get().passwordHash())) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        upgradeIfOld(directory.get(), account.get(), password);
        Authentication signedIn = identityOf(account.get().holder());
        return AuthenticationResponse.success(signedIn.getName(), signedIn.getRoles(), signedIn.getAttributes());
    }

    private static void upgradeIfOld(AccountDirectory directory, AccountDirectory.Account account, String password) {
        if (!PasswordHasher.needsUpgrade(account.passwordHash())) {
            return;
        }
        try {
            directory.rehash(account, PasswordHasher.hash(password));
        } catch (RuntimeException e) {
            // the sign-in itself is right; the upgrade is tried again next time
            LOG.warn("Could not upgrade the password hash of {}: {}", account.identity(), e.toString());
        }
    }

    static Authentication identityOf(AccountDirectory.Holder holder) {
        if (holder instanceof AccountDirectory.Staff s) {
            return StaffMember.authentication(s.username(), s.name(), s.role(), s.storeId());
        }
        if (holder instanceof AccountDirectory.HeadOffice h) {
            return Operator.headOffice(h.username(), h.name());
        }
        AccountDirectory.Shopper s = (AccountDirectory.Shopper) holder;
        return ShopperIdentity.authentication(s.email(), s.clientId(), s.firstName());
    }
}
