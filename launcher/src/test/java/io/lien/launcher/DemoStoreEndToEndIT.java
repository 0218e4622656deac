package io.lien.launcher;

import org.junit.jupiter.api.Test;

/** Devices → gateway → embedded broker → server → database → SSE → the app's API client. */
class DemoStoreEndToEndIT {

    @Test
    void theDemoVisitReachesTheAdvisorsFeedThroughTheEmbeddedBroker() throws Exception {
        try (DemoStoreFixture store = new DemoStoreFixture(null)) {
            StoreFlowScenario.play(store);
        }
    }
}
