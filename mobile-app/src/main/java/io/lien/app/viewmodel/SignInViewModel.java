package io.lien.app.viewmodel;

import io.lien.app.I18n;
import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sign-in: server address, username, password; errors said plainly. Someone who works in several
 * stores (a manager of more than one shop) then picks today's store, their own first.
 */
public final class SignInViewModel {

    private final StringProperty server = new SimpleStringProperty("http://localhost:8080");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<Dtos.StoreSummary> stores = FXCollections.observableArrayList();
    private final BooleanProperty choosingStore = new SimpleBooleanProperty(false);
    private LienApi signedIn;
    private final Function<URI, LienApi> apiFactory;
    private final UiThread threads;
    private final I18n i18n;

    public SignInViewModel(Function<URI, LienApi> apiFactory, UiThread threads, I18n i18n) {
        this.apiFactory = apiFactory;
        this.threads = threads;
        this.i18n = i18n;
    }

    public StringProperty server() {
        return server;
    }

    public StringProperty username() {
        return username;
    }

    public StringProperty password() {
        return password;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** The stores to choose from, once signed in with more than one; empty otherwise. */
    public ObservableList<Dtos.StoreSummary> stores() {
        return stores;
    }

    /** True between a sign-in with several stores and the choice of one. */
    public BooleanProperty choosingStore() {
        return choosingStore;
    }

    public boolean canSignIn() {
        return !busy.get() && !username.get().isBlank() && !password.get().isEmpty() && !server.get().isBlank();
    }

    public void signIn(Consumer<Session> onSignedIn) {
        if (!canSignIn()) {
            return;
        }
        busy.set(true);
        error.set("");
        String url = server.get().trim();
        String user = username.get().trim();
        String pass = password.get();
        threads.background().execute(() -> {
            try {
                LienApi api = apiFactory.apply(URI.create(url));
                api.signIn(user, pass);
                Dtos.Me me = api.me();
                threads.ui().execute(() -> {
                    busy.set(false);
                    password.set("");
                    if (me.choosesStore()) {
                        signedIn = api;
                        stores.setAll(me.stores());
                        choosingStore.set(true);
                    } else {
                        onSignedIn.accept(new Session(api, me));
                    }
                });
            } catch (ApiException e) {
                String message = e.status() == 401 ? i18n.t("signin.wrong") : i18n.t("signin.unreachable", e.getMessage());
                threads.ui().execute(() -> {
                    busy.set(false);
                    error.set(message);
                });
            } catch (IllegalArgumentException e) {
                threads.ui().execute(() -> {
                    busy.set(false);
                    error.set(i18n.t("signin.unreachable", url));
                });
            }
        });
    }

    /** Opens the chosen store: the server answers a token for it, then the session starts there. */
    public void chooseStore(Dtos.StoreSummary store, Consumer<Session> onSignedIn) {
        LienApi api = signedIn;
        if (api == null || busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        threads.background().execute(() -> {
            try {
                api.chooseStore(store.id());
                Dtos.Me me = api.me();
                threads.ui().execute(() -> {
                    busy.set(false);
                    choosingStore.set(false);
                    stores.clear();
                    signedIn = null;
                    onSignedIn.accept(new Session(api, me));
                });
            } catch (ApiException e) {
                String message = e.status() == 403 ? i18n.t("signin.store.refused", store.name())
                        : i18n.t("signin.unreachable", e.getMessage());
                threads.ui().execute(() -> {
                    busy.set(false);
                    error.set(message);
                });
            }
        });
    }

    /** Back to the credentials (another person, or a wrong account). */
    public void cancelStoreChoice() {
        signedIn = null;
        stores.clear();
        choosingStore.set(false);
    }
}
