package io.lien.server.security;

import java.util.Optional;

/**
 * Checks a fixture's pass ({@code fixtureId.secret}); the feature that issues passes answers. The
 * security package asks through this, so it knows nothing of stores or devices.
 */
public interface FixturePassCheck {

    Optional<FixtureDevice> check(String pass);
}
