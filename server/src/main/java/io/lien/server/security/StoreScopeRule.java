package io.lien.server.security;

import io.lien.server.i18n.Phrase;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

import java.util.Arrays;

/**
 * A token is for one store (decision 0016): every route with a {@code {storeId}} variable is refused
 * unless the token is for that store, or is head office's (whose routes say {@link Roles#ADMIN}) — checked here, before the route's roles, so that no controller
 * has to remember it. Anonymous routes (a store's public pages) are left to their {@code @Secured}.
 */
@Singleton
final class StoreScopeRule implements SecurityRule<HttpRequest<?>> {

    static final String VARIABLE = "storeId";
    static final int ORDER = SecuredAnnotationRule.ORDER - 100;

    @Override
    public Publisher<SecurityRuleResult> check(HttpRequest<?> request, Authentication authentication) {
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route == null || !route.getVariableValues().containsKey(VARIABLE) || isAnonymous(route)) {
            return Mono.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication == null) {
            return Mono.just(SecurityRuleResult.UNKNOWN); // the route's roles answer 401
        }
        if (authentication.getRoles().contains(Roles.ADMIN)) {
            return Mono.just(SecurityRuleResult.UNKNOWN); // head office sets up every store; the route's roles decide
        }
        String asked = String.valueOf(route.getVariableValues().get(VARIABLE));
        Object store = authentication.getAttributes().get(Claims.STORE);
        if (asked.equals(store)) {
            return Mono.just(SecurityRuleResult.UNKNOWN); // the route's roles decide
        }
        request.setAttribute(Problems.REFUSAL, store == null ? Phrase.with("problem.store.no-store-token")
                : Phrase.with("problem.store.other-store", store, cut(asked)));
        return Mono.just(SecurityRuleResult.REJECTED);
    }

    private static boolean isAnonymous(RouteMatch<?> route) {
        String[] access = route.getAnnotationMetadata().stringValues(Secured.class);
        return Arrays.asList(access).contains(SecurityRule.IS_ANONYMOUS);
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
