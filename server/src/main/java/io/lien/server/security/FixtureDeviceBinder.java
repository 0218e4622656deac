package io.lien.server.security;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Lets a fixture page's controller take a {@link FixtureDevice}: the pass comes from the screen's
 * cookie (or, for a script, an {@code Authorization: Fixture <pass>} header) and is checked by the
 * issuer. Without a valid pass the request is refused with 401 before the controller runs.
 */
@Singleton
final class FixtureDeviceBinder implements TypedRequestArgumentBinder<FixtureDevice> {

    private static final String SCHEME = "Fixture ";
    private final FixturePassCheck passes;

    FixtureDeviceBinder(FixturePassCheck passes) {
        this.passes = passes;
    }

    @Override
    public Argument<FixtureDevice> argumentType() {
        return Argument.of(FixtureDevice.class);
    }

    @Override
    public BindingResult<FixtureDevice> bind(ArgumentConversionContext<FixtureDevice> context, HttpRequest<?> request) {
        Optional<String> pass = request.getHeaders().getAuthorization().filter(a -> a.startsWith(SCHEME)).map(a -> a.substring(SCHEME.length()))
                .or(() -> request.getCookies().findCookie(FixtureDevice.COOKIE).map(Cookie::getValue));
        FixtureDevice device = pass.filter(p -> !p.isBlank() && p.length() <= 200).flatMap(passes::check)
                .orElseThrow(() -> new io.lien.server.web.Problems.Unauthorized("problem.fixture.pass"));
        return () -> Optional.of(device);
    }
}
