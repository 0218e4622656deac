package io.lien.app.view;

import io.lien.app.LienApp;
import io.lien.app.viewmodel.FollowUpsViewModel;
import io.lien.app.viewmodel.MomentsViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.scene.Node;
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

/**
 * The advisor's flows in the real app, headless, against a stand-in server: "I'm on it", a note in
 * a few taps, a selection with today's piece one tap away, a follow-up, and the card and note
 * without the network.
 */
class AdvisorFlowsUiTest extends FxRobot {

    private FakeLienServer server;
    private javafx.application.Application app;
    @TempDir
    static Path home;

    @BeforeEach
    void start() throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        // the tablet's private storage (cards, the outbox) in a fresh folder, not the developer's
        System.setProperty("user.home", home.toString());
        server = new FakeLienServer();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(LienApp.class, "--server=" + server.url(), "--user=lea", "--password=lien-demo");
        clickOn("#signIn");
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#feedState").tryQuery()
                .map(n -> "Live".equals(((Label) n).getText())).orElse(false));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        server.close();
    }

    private void openCamillesCard() {
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("Camille Laurent").tryQuery().isPresent());
        clickOn(lookup("Camille Laurent").queryAs(Label.class), MouseButton.PRIMARY);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Camille Laurent".equals(lookup("#cardName").queryAs(Label.class).getText()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !lookup("#cardNote").query().isDisabled());
    }

    @Test
    void imOnItTakesTheMomentInOneTap() {
        server.push(41, "Size 38 of the navy trench coat asked for at the mirror", "c-camille");
        ListView<MomentsViewModel.Item> moments = lookup("#moments").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup(".claim").tryQuery().isPresent());
        Node claim = lookup(".claim").query();
        assertTrue(claim.getBoundsInLocal().getHeight() >= 44, "a touch target: " + claim.getBoundsInLocal().getHeight());
        clickOn(claim);
        await().atMost(Duration.ofSeconds(10)).until(() -> "You're on it".equals(moments.getItems().get(0).claimedBy()));
        assertTrue(lookup(".chip-claimed").tryQuery().isPresent());
        assertEquals("", lookup("#cardName").queryAs(Label.class).getText(), "the tap on the button did not open the card");
    }

    @Test
    void aNoteInTwoTapsAndAFewWords() {
        openCamillesCard();
        assertTrue(lookup("Birthday · her daughter Inès · 2 Dec · in 9 days").tryQuery().isPresent());
        assertTrue(lookup("#cardConsents").queryAs(Label.class).getText().contains("Quiet hours 21:00-08:00"));
        clickOn("#cardNote");
        await().atMost(Duration.ofSeconds(5)).until(() -> lookup("Waiting for a size").tryQuery().isPresent());
        clickOn("Waiting for a size");
        clickOn("#noteText").write("navy 38");
        clickOn("#noteSave");
        await().atMost(Duration.ofSeconds(10)).until(() -> server.received.stream().anyMatch(r -> r.startsWith("note ")));
        String note = server.received.stream().filter(r -> r.startsWith("note ")).findFirst().orElseThrow();
        assertTrue(note.contains("\"tags\":[\"waiting-for-size\"]") && note.contains("\"text\":\"navy 38\"") && note.contains("\"requestId\":\""), note);
        await().atMost(Duration.ofSeconds(5)).until(() -> "Note saved.".equals(lookup("#noteSaid").queryAs(Label.class).getText()));
    }

    @Test
    void aSelectionWithTheTrenchSheTriedTodayOneTapAway() {
        openCamillesCard();
        clickOn("#cardSelection");
        await().atMost(Duration.ofSeconds(5)).until(() -> lookup("Navy trench coat").tryQuery().isPresent());
        assertTrue(lookup("tried today in 38").tryQuery().isPresent(), "today's piece is marked");
        clickOn("Navy trench coat");
        clickOn("#selectionMessage").write("For Ines?");
        clickOn("#selectionSend");
        await().atMost(Duration.ofSeconds(10)).until(() -> lookup("#selectionSaid").tryQuery()
                .map(n -> "Sent to Camille by messaging.".equals(((Label) n).getText())).orElse(false));
        String sent = server.received.stream().filter(r -> r.startsWith("selection ")).findFirst().orElseThrow();
        assertTrue(sent.contains("\"productIds\":[\"p-trench-navy\"]") && sent.contains("\"message\":\"For Ines?\""), sent);
    }

    @Test
    void aFollowUpSetOfflineWaitsVisiblyAndGoesWhenTheNetworkIsBack() {
        openCamillesCard();
        server.down = true;
        await().atMost(Duration.ofSeconds(10)).until(() -> !"Live".equals(lookup("#feedState").queryAs(Label.class).getText()));
        clickOn("#cardFollowUp");
        clickOn("#followUpText").write("Call when the 38 is back");
        clickOn("#followUpSave");
        await().atMost(Duration.ofSeconds(10)).until(() -> "1 note or follow-up waiting for the network"
                .equals(lookup("#outboxState").queryAs(Label.class).getText()));
        clickOn("#navFollowUps");
        ListView<FollowUpsViewModel.Row> list = lookup("#followUps").queryListView();
        await().atMost(Duration.ofSeconds(10)).until(() -> list.getItems().stream().anyMatch(FollowUpsViewModel.Row::waiting));
        assertEquals("Tomorrow", list.getItems().get(0).text());

        server.down = false;
        clickOn("#navLive");
        // the live feed coming back is the app's sign that the server is back: what waited goes then
        await().atMost(Duration.ofSeconds(15)).until(() -> server.received.stream().anyMatch(r -> r.startsWith("follow-up ")));
        await().atMost(Duration.ofSeconds(5)).until(() -> lookup("#outboxState").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void withoutTheNetworkACardSeenBeforeStillOpensMarkedAsThisTabletsCopy() {
        openCamillesCard();
        clickOn(lookup("Close").queryButton());
        server.down = true;
        clickOn(lookup("Camille Laurent").queryAs(Label.class), MouseButton.PRIMARY);
        await().atMost(Duration.ofSeconds(15)).until(() -> lookup("#cardOffline").queryAs(Label.class).getText()
                .startsWith("No network: this tablet's copy of "));
        assertEquals("Camille Laurent", lookup("#cardName").queryAs(Label.class).getText());
    }
}
