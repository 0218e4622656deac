package io.lien.app.view;

import javafx.scene.shape.SVGPath;

/** A small drawn sign per channel on the timeline (shapes, so that every tablet draws them alike). */
final class ChannelIcon {

    private ChannelIcon() {
    }

    static SVGPath of(String channel) {
        SVGPath icon = new SVGPath();
        icon.setContent(switch (channel) {
            // a shop front with its awning
            case "STORE" -> "M2 7 L4 2 L16 2 L18 7 Z M3 8 L17 8 L17 18 L11 18 L11 12 L8 12 L8 18 L3 18 Z";
            // a globe: a circle crossed by a meridian and the equator
            case "WEB" -> "M10 1 A9 9 0 1 0 10.01 1 Z M10 3 A7 7 0 1 1 9.99 3 Z M9 2 L11 2 L11 18 L9 18 Z M2 9 L18 9 L18 11 L2 11 Z";
            // a phone with its screen
            case "APP" -> "M5 1 L15 1 L15 19 L5 19 Z M7 3 L7 15 L13 15 L13 3 Z";
            // a handset
            case "PHONE" -> "M3 2 L7 2 L9 6 L7 8 C8 11 9 12 12 13 L14 11 L18 13 L18 17 C10 18 2 10 3 2 Z";
            default -> "M10 6 A4 4 0 1 0 10.01 6 Z";
        });
        icon.getStyleClass().addAll("channel-icon", "channel-" + channel);
        return icon;
    }
}
