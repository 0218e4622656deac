package io.lien.server.shoppers;

import io.lien.server.advisors.PasswordHasher;
import io.lien.server.clients.ClientDirectory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Signs a shopper in by e-mail; the token then carries their client id and first name. */
@Singleton
class ShopperAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final ShopperLoginRepository logins;
    private final ClientDirectory clients;

    ShopperAuthenticationProvider(ShopperLoginRepository logins, ClientDirectory clients) {
        this.logins = logins;
        this.clients = clients;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        String identity = credentials.getIdentity();
        if (identity == null || !identity.contains("@")) {
            // an advisor's username: the advisors' provider answers
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_NOT_FOUND);
        }
        return logins.findById(identity.toLowerCase(Locale.ROOT))
                .filter(l -> PasswordHasher.matches(credentials.getSecret(), l.passwordHash()))
                .flatMap(l -> clients.find(l.clientId()))
                .map(c -> AuthenticationResponse.success(identity.toLowerCase(Locale.ROOT), List.of(Shopper.ROLE),
                        Map.of(Shopper.CLIENT_CLAIM, c.id(), "name", c.firstName())))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
