package io.lien.app.api;

import java.util.List;
import java.util.function.Consumer;

/** Everything the app asks of the server. REST and SSE only: the app never touches MQTT or the database. */
public interface LienApi {

    /** @throws ApiException with status 401 when the credentials are wrong */
    Dtos.Token signIn(String username, String password);

    Dtos.Me me();

    List<Dtos.StoreSummary> stores();

    Dtos.LiveStore live(String storeId);

    Dtos.ClientCard client(String clientId);

    /**
     * Opens the store's live moment feed and keeps it open, reconnecting with the last event id
     * after a drop so that no moment is missed.
     */
    MomentSubscription moments(String storeId, Consumer<Dtos.Moment> onMoment, Consumer<FeedState> onState);

    enum FeedState { CONNECTING, LIVE, RECONNECTING }

    interface MomentSubscription extends AutoCloseable {
        @Override
        void close();
    }
}
