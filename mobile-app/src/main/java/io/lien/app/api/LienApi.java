package io.lien.app.api;

import java.util.List;
import java.util.function.Consumer;

/** Everything the app asks of the server. REST and SSE only: the app never touches MQTT or the database. */
public interface LienApi {

    /** @throws ApiException with status 401 when the credentials are wrong */
    Dtos.Token signIn(String username, String password);

    Dtos.Me me();

    /** Works in another of the advisor's stores from now on: the token becomes that store's. @throws ApiException 403 if not theirs */
    Dtos.Token chooseStore(String storeId);

    Dtos.LiveStore live(String storeId);

    Dtos.ClientCard client(String clientId);

    /** "I'm on it". @throws ApiException 409 with who went, when a colleague was first */
    Dtos.Moment claim(String storeId, long momentId);

    List<Dtos.NoteTag> noteTags();

    Dtos.WrittenNote writeNote(String clientId, Dtos.NewNote note);

    List<Dtos.Product> products();

    /** @throws ApiException 409 when no channel the client agreed to can carry it */
    Dtos.SentSelection sendSelection(String clientId, Dtos.NewSelection selection);

    /** Today and the next two weeks, plus the late ones not done. */
    List<Dtos.FollowUp> followUps();

    /** A manager's last {@code days} days of their store. */
    Dtos.InsightSummary insightSummary(String storeId, int days);

    /** The full address of one of the server's pages (to open in a browser). */
    default String address(String path) {
        return path;
    }

    /** What the store has to put aside for shoppers (reserved to try on), oldest first. */
    List<Dtos.ToPutAside> toPutAside(String storeId);

    /** It is put aside: the shopper is told it is ready. */
    Dtos.ToPutAside ready(String storeId, String orderId);

    Dtos.FollowUp setFollowUp(String clientId, Dtos.NewFollowUp followUp);

    Dtos.FollowUp followUpDone(long id);

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
