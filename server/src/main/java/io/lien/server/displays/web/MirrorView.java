package io.lien.server.displays.web;

import io.lien.server.community.CommunityVoice;
import io.lien.server.displays.application.MirrorScreen;
import io.lien.server.displays.application.MirrorWording;
import io.lien.server.web.Page;

import java.util.List;

/**
 * A mirror's screen for its page, in the reader's language: the request states, and each garment
 * with its sizes here and online, the community's words (praise and critical side by side, unsigned:
 * nothing personal on a shared screen), the sizes one may ask for and the QR code to save it.
 */
public record MirrorView(Page page, String fixtureId, String title, List<String> requests, List<Garment> garments,
                         String storeLanguage, long resetSeconds, String eventsUrl) {

    public record Garment(String hangerId, String name, String size, List<String> sizesHere, List<String> sizesOnline,
                          List<String> sizesToAsk, long likes, long comments, long critical, List<String> praise,
                          List<String> criticalWords, QrCode qr, String tapKey) {
    }

    static List<String> requests(MirrorScreen screen, MirrorWording wording) {
        return screen.requests().stream().map(wording::request).toList();
    }

    static List<String> words(CommunityVoice.SharedWords words, boolean critical) {
        return critical ? words.critical() : words.praise();
    }
}
