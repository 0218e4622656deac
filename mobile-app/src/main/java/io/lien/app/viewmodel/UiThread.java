package io.lien.app.viewmodel;

import java.util.concurrent.Executor;

/**
 * Where ViewModels do slow work and where they publish results. The app uses a background
 * pool and the JavaFX thread; unit tests run both inline.
 */
public record UiThread(Executor background, Executor ui) {

    public static UiThread inline() {
        return new UiThread(Runnable::run, Runnable::run);
    }
}
