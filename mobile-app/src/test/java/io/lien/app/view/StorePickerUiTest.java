package io.lien.app.view;

import io.lien.app.LienApp;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in with a store picker: Marc manages two stores and picks today's; Léa has one and goes straight in. */
class StorePickerUiTest extends FxRobot {

    private FakeLienServer server;
    private javafx.application.Application app;
    @TempDir
    static Path home;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        System.setProperty("user.home", home.toString());
        server = new FakeLienServer();
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void aManagerOfTwoStoresPicksTodaysStoreHisOwnOfferedFirstThenWorksInIt() throws Exception {
        app = FxToolkit.setupApplication(LienApp.class, "--server=" + server.url(), "--user=marc", "--password=lien-demo");
        clickOn("#signIn");
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#storePicker").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertTrue(lookup("Which store are you in today?").tryQuery().isPresent());
        Button own = lookup("#store-demo").queryButton();
        assertEquals("Lien Démo — Le Marais · Paris  (your store)", own.getText());
        Button lyon = lookup("#store-demo-lyon").queryButton();
        assertTrue(lyon.getHeight() >= 44, "a touch target: " + lyon.getHeight());
        assertTrue(!lookup("#credentials").query().isVisible(), "the credentials step is done");
        clickOn(lyon);
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#signedInAs").tryQuery()
                .map(n -> ((Label) n).getText().equals("Marc Lefèvre · Lien Démo — Lyon")).orElse(false));
        assertTrue(server.received.contains("store {\"storeId\":\"demo-lyon\"}"), server.received.toString());
        // a manager has the store's week
        clickOn("#navWeek");
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#weekTitle").tryQuery()
                .map(n -> ((Label) n).getText().equals("The last 7 days, Nov 30, 2026 – Dec 6, 2026")).orElse(false));
        assertTrue(lookup("The floral midi dress").tryQuery().isPresent(), "the garment people try and leave");
        assertTrue(lookup("#weekMore").queryLabeled().getText().endsWith(server.url() + "/insights/stores/demo-lyon"));
    }

    @Test
    void anAdvisorOfOneStoreGoesStraightToItsScreen() throws Exception {
        app = FxToolkit.setupApplication(LienApp.class, "--server=" + server.url(), "--user=lea", "--password=lien-demo");
        clickOn("#signIn");
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#signedInAs").tryQuery()
                .map(n -> ((Label) n).getText().equals("Léa Dubois · Lien Démo — Le Marais")).orElse(false));
        assertTrue(server.received.stream().noneMatch(r -> r.startsWith("store ")));
        assertTrue(!lookup("#navWeek").query().isVisible(), "the week is a manager's");
    }
}
