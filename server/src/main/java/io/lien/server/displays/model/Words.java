package io.lien.server.displays.model;

/** A text of the bundles in one language: the display's language, chosen by the caller. */
@FunctionalInterface
public interface Words {

    String t(String key, Object... args);
}
