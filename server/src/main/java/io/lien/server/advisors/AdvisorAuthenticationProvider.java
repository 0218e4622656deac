package io.lien.server.advisors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/** Checks an advisor's password; the token then carries their role, store and display name. */
@Singleton
class AdvisorAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final AdvisorRepository advisors;

    AdvisorAuthenticationProvider(AdvisorRepository advisors) {
        this.advisors = advisors;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        return advisors.findById(credentials.getIdentity())
                .filter(a -> PasswordHasher.matches(credentials.getSecret(), a.passwordHash()))
                .map(a -> AuthenticationResponse.success(a.username(), List.of(a.role()),
                        Map.of(StoreAccess.STORE_CLAIM, a.storeId(), "name", a.displayName())))
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }
}
