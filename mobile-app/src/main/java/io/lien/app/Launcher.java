package io.lien.app;

import javafx.application.Application;

/** Entry point; on the class path the main class must not extend {@link Application}. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(LienApp.class, args);
    }
}
