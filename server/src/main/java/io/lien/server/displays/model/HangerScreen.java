package io.lien.server.displays.model;

import io.lien.protocol.device.HangerDisplay;

import java.util.List;

/**
 * The three lines and the LED of a connected hanger: the sizes of its garment in this store now,
 * what the community says (critical words counted), and either an invitation to ask for another
 * size or where the shopper's call stands ("Léa is coming", LED on). Discovery, not pressure: no
 * price, no promotion, nothing about the person holding it.
 */
public final class HangerScreen {

    static final int WIDTH = HangerDisplay.MAX_LINE_LENGTH;

    private HangerScreen() {
    }

    /**
     * @param sizesHere the garment's sizes with a unit available in this store, in the catalogue's order
     */
    public static HangerDisplay of(String hangerId, List<String> sizesHere, Voice voice, HelpState help, Words words) {
        if (help instanceof HelpState.Coming c) {
            String coming = ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.coming", c.advisorFirstName()),
                    words.t("display.hanger.coming.short")));
            return new HangerDisplay(hangerId, List.of(coming, sizes(sizesHere, words), briefVoice(voice, words)), "on");
        }
        if (help instanceof HelpState.Asked) {
            String asked = ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.asked")));
            return new HangerDisplay(hangerId, List.of(asked, sizes(sizesHere, words), briefVoice(voice, words)), "blink");
        }
        String third = voice.critical() > 0 ? ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.critical", voice.critical())))
                : ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.help")));
        return new HangerDisplay(hangerId, List.of(sizes(sizesHere, words), voice(voice, words), third), "off");
    }

    /** One line for the whole voice when help takes a line: the critical words keep their place beside the others. */
    private static String briefVoice(Voice voice, Words words) {
        return voice.critical() > 0
                ? ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.voice.critical", voice.comments(), voice.critical())))
                : voice(voice, words);
    }

    static String sizes(List<String> sizesHere, Words words) {
        if (sizesHere.isEmpty()) {
            return ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.sizes.none")));
        }
        return ScreenLine.list(WIDTH, words.t("display.hanger.sizes"), sizesHere);
    }

    static String voice(Voice voice, Words words) {
        if (voice.likes() == 0 && voice.comments() == 0) {
            return ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.voice.none")));
        }
        return ScreenLine.fit(WIDTH, List.of(words.t("display.hanger.voice", voice.likes(), voice.comments()),
                words.t("display.hanger.voice.short", voice.likes(), voice.comments())));
    }
}
