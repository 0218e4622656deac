package io.lien.app.view;

import io.lien.app.LienApp;
import io.lien.app.viewmodel.MomentsViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.Locale;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real app, headless (Monocle), against a stand-in server: sign in, see a live moment, open the card. */
class LiveFeedUiTest extends FxRobot {

    private FakeLienServer server;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        server = new FakeLienServer();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(LienApp.class, "--server=" + server.url(), "--user=lea", "--password=lien-demo");
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void anAdvisorSignsInAndSeesTheLiveMomentThenTheClientsCard() {
        clickOn("#signIn");
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#moments").tryQuery().isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> "Live".equals(lookup("#feedState").queryAs(Label.class).getText()));

        server.push(41, "Camille lifted the navy trench coat (38) — she bought the navy silk scarf online in October", "c-camille");
        ListView<MomentsViewModel.Item> moments = lookup("#moments").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> !moments.getItems().isEmpty());
        assertTrue(moments.getItems().get(0).text().startsWith("Camille lifted the navy trench coat (38)"));
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("Camille Laurent").tryQuery().isPresent());
        assertEquals("2 shoppers in store, 1 anonymous", lookup("#inStoreSummary").queryAs(Label.class).getText());

        clickOn(lookup(".moment-text").queryAs(Label.class), MouseButton.PRIMARY);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Camille Laurent".equals(lookup("#cardName").queryAs(Label.class).getText()));
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("Inès's birthday is in 9 days.").tryQuery().isPresent());
        assertTrue(lookup("Because Inès's birthday is on 2 December").tryQuery().isPresent(), "the reason is shown with it");
        ListView<?> timeline = lookup("#cardTimeline").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> timeline.getItems().size() == 1);
    }

    @Test
    void aWrongPasswordKeepsTheAdvisorOnTheSignInScreenWithAReason() {
        doubleClickOn("#password").write("wrong");
        clickOn("#signIn");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "Wrong username or password.".equals(lookup("#signInError").queryAs(Label.class).getText()));
        assertTrue(lookup("#moments").tryQuery().isEmpty());
    }
}
