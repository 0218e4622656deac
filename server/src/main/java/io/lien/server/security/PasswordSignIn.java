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


/**
 * {@code POST /login}: the password checked by {@link PasswordCheck} (the one way, with its throttle). A
 * throttled attempt fails as "account locked" and leaves its wait on the request, for {@link SignInThrottled}
 * to answer 429 with {@code Retry-After}.
 */
@Singleton
final class PasswordSignIn<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordSignIn.class);
    /** The request attribute holding a throttled attempt's wait. */
    static final String RETRY_AFTER = "lien.sign-in.retry-after";

    private final PasswordCheck passwords;

    PasswordSignIn(PasswordCheck passwords) {
        this.passwords = passwords;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        PasswordCheck.Attempt attempt = passwords.signIn(credentials.getIdentity(), credentials.getSecret(), addressOf(request));
        if (attempt instanceof PasswordCheck.Attempt.SignedIn in) {
            return AuthenticationResponse.success(in.who().getName(), in.who().getRoles(), in.who().getAttributes());
        }
        if (attempt instanceof PasswordCheck.Attempt.Throttled throttled && request != null) {
            request.setAttribute(RETRY_AFTER, throttled.seconds());
            return AuthenticationResponse.failure(AuthenticationFailureReason.ACCOUNT_LOCKED);
        }
        return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
    }

    /** The connection's address (never a forwarded header a client could make up). */
    static String addressOf(@Nullable HttpRequest<?> request) {
        if (request == null || request.getRemoteAddress() == null) {
            return null;
        }
        java.net.InetAddress address = request.getRemoteAddress().getAddress();
        return address == null ? request.getRemoteAddress().getHostString() : address.getHostAddress();
    }

    static void upgradeIfOld(AccountDirectory directory, AccountDirectory.Account account, String password) {
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
