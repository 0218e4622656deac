package io.lien.server.security;

/**
 * A connected fixture's screen, signed in with its pass: it may read its own page and send its own
 * taps, nothing else (the pass names the fixture; a page asking for another is refused).
 */
public record FixtureDevice(String fixtureId, String storeId) {

    /** The cookie a fixture's screen keeps its pass in, for its own pages only. */
    public static final String COOKIE = "LIEN_FIXTURE";

    /** Refuses a screen that asks for another fixture's page or taps. */
    public void mustBe(String fixtureId) {
        if (!this.fixtureId.equals(fixtureId)) {
            throw new io.lien.server.web.Problems.Forbidden("problem.fixture.not-yours", fixtureId);
        }
    }
}
