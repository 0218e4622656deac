package io.lien.server.displays;

import io.lien.protocol.device.HangerDisplay;
import io.lien.server.displays.model.HangerScreen;
import io.lien.server.displays.model.HelpState;
import io.lien.server.displays.model.Voice;
import io.lien.server.i18n.Texts;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hanger displays of docs/screenshots, drawn from the very model the server sends (English and French). */
class HangerDisplayPicturesTest {

    private static final Path SHOTS = Path.of("..", "docs", "screenshots");

    @Test
    void theDocsShowWhatAHangerSaysQuietAskedAndWhenSomeoneIsComing() throws Exception {
        for (String lang : List.of("en", "fr")) {
            Texts t = Texts.of(Locale.forLanguageTag(lang));
            draw(HangerScreen.of("h-003", List.of("36", "38", "40"), new Voice(12, 3, 1), new HelpState.None(), t::t),
                    "Navy trench coat, 38, on its rack", "hanger-display-quiet-" + lang + ".png");
            draw(HangerScreen.of("h-003", List.of("36", "38", "40"), new Voice(12, 3, 1), new HelpState.Asked(1), t::t),
                    "Help pressed, nobody took it yet", "hanger-display-asked-" + lang + ".png");
            draw(HangerScreen.of("h-003", List.of("36", "38", "40"), new Voice(12, 3, 1), new HelpState.Coming("Léa", 1), t::t),
                    "Léa tapped \"I'm on it\" on her tablet", "hanger-display-coming-" + lang + ".png");
        }
    }

    private static void draw(HangerDisplay d, String caption, String file) throws Exception {
        Path png = SHOTS.resolve(file);
        HangerDisplayPicture.write(d, caption, png);
        assertTrue(Files.size(png) > 1000, file);
    }
}
