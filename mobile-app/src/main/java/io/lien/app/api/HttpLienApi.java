package io.lien.app.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** {@link LienApi} over the JDK HTTP client and Jackson (Gluon Connect is not reachable here). */
public final class HttpLienApi implements LienApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private volatile String token;
    /** The advisor's language: the server words moments and other texts in it (Accept-Language). */
    private final String language;

    public HttpLienApi(URI base) {
        this(base, Locale.ENGLISH);
    }

    public HttpLienApi(URI base, Locale language) {
        this.base = URI.create(base.toString().replaceAll("/+$", ""));
        this.language = language.toLanguageTag();
    }

    public URI base() {
        return base;
    }

    @Override
    public Dtos.Token signIn(String username, String password) {
        try {
            String body = json.writeValueAsString(Map.of("username", username, "password", password));
            HttpRequest request = HttpRequest.newBuilder(uri("/login")).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            Dtos.Token t = json.readValue(send(request), Dtos.Token.class);
            token = t.accessToken();
            return t;
        } catch (IOException e) {
            throw new ApiException(0, "unreadable answer from " + base + ": " + e.getMessage());
        }
    }

    @Override
    public Dtos.Me me() {
        return get("/api/me", new TypeReference<>() {
        });
    }

    @Override
    public Dtos.Token chooseStore(String storeId) {
        Dtos.Token t = post("/api/me/store", Map.of("storeId", storeId), new TypeReference<>() {
        });
        token = t.accessToken();
        return t;
    }

    @Override
    public Dtos.LiveStore live(String storeId) {
        return get("/api/stores/" + storeId + "/live", new TypeReference<>() {
        });
    }

    @Override
    public Dtos.ClientCard client(String clientId) {
        return get("/api/clients/" + clientId, new TypeReference<>() {
        });
    }

    @Override
    public Dtos.Moment claim(String storeId, long momentId) {
        return post("/api/stores/" + storeId + "/moments/" + momentId + "/claim", Map.of(), new TypeReference<>() {
        });
    }

    @Override
    public List<Dtos.NoteTag> noteTags() {
        return get("/api/notes/tags", new TypeReference<>() {
        });
    }

    @Override
    public Dtos.WrittenNote writeNote(String clientId, Dtos.NewNote note) {
        return post("/api/clients/" + clientId + "/notes", note, new TypeReference<>() {
        });
    }

    @Override
    public List<Dtos.Product> products() {
        return get("/api/products", new TypeReference<>() {
        });
    }

    @Override
    public Dtos.SentSelection sendSelection(String clientId, Dtos.NewSelection selection) {
        return post("/api/clients/" + clientId + "/selections", selection, new TypeReference<>() {
        });
    }

    @Override
    public List<Dtos.FollowUp> followUps() {
        return get("/api/follow-ups", new TypeReference<>() {
        });
    }

    @Override
    public String address(String path) {
        return uri(path).toString();
    }

    @Override
    public Dtos.InsightSummary insightSummary(String storeId, int days) {
        return get("/api/stores/" + storeId + "/insights/summary?days=" + days, new TypeReference<>() {
        });
    }

    @Override
    public List<Dtos.ToPutAside> toPutAside(String storeId) {
        return get("/api/stores/" + storeId + "/orders", new TypeReference<>() {
        });
    }

    @Override
    public Dtos.ToPutAside ready(String storeId, String orderId) {
        return post("/api/stores/" + storeId + "/orders/" + orderId + "/ready", Map.of(), new TypeReference<>() {
        });
    }

    @Override
    public Dtos.FollowUp setFollowUp(String clientId, Dtos.NewFollowUp followUp) {
        return post("/api/clients/" + clientId + "/follow-ups", followUp, new TypeReference<>() {
        });
    }

    @Override
    public Dtos.FollowUp followUpDone(long id) {
        return post("/api/follow-ups/" + id + "/done", Map.of(), new TypeReference<>() {
        });
    }

    @Override
    public MomentSubscription moments(String storeId, Consumer<Dtos.Moment> onMoment, Consumer<FeedState> onState) {
        MomentFeed feed = new MomentFeed(storeId, onMoment, onState);
        feed.start();
        return feed;
    }

    private <T> T get(String path, TypeReference<T> type) {
        try {
            return json.readValue(send(signed(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).GET())), type);
        } catch (IOException e) {
            throw new ApiException(0, "unreadable answer for " + path + ": " + e.getMessage());
        }
    }

    private <T> T post(String path, Object body, TypeReference<T> type) {
        try {
            return json.readValue(send(signed(HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))))), type);
        } catch (IOException e) {
            throw new ApiException(0, "unreadable answer for " + path + ": " + e.getMessage());
        }
    }

    /** With the advisor's token once signed in. */
    private HttpRequest signed(HttpRequest.Builder b) {
        b.header("Accept-Language", language);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 400) {
                throw new ApiException(r.statusCode(), r.body());
            }
            return r.body();
        } catch (IOException e) {
            throw new ApiException(0, "cannot reach " + base + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(0, "interrupted");
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    /** One store's SSE feed on its own thread, resumed with Last-Event-ID after any drop. */
    private final class MomentFeed implements MomentSubscription {
        private final String storeId;
        private final Consumer<Dtos.Moment> onMoment;
        private final Consumer<FeedState> onState;
        private final Thread thread;
        private volatile boolean open = true;
        private volatile Stream<String> lines;
        private String lastEventId;

        MomentFeed(String storeId, Consumer<Dtos.Moment> onMoment, Consumer<FeedState> onState) {
            this.storeId = storeId;
            this.onMoment = onMoment;
            this.onState = onState;
            this.thread = new Thread(this::run, "moments-" + storeId);
            this.thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        private void run() {
            long backoff = 500;
            onState.accept(FeedState.CONNECTING);
            while (open) {
                try {
                    connectOnce();
                    backoff = 500;
                } catch (IOException | RuntimeException e) {
                    // dropped or refused: try again below
                } catch (InterruptedException e) {
                    return;
                }
                if (!open) {
                    return;
                }
                onState.accept(FeedState.RECONNECTING);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(backoff * 2, 5_000);
            }
        }

        private void connectOnce() throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri("/api/stores/" + storeId + "/moments/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token)
                    .header("Accept-Language", language).GET();
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> r = http.send(b.build(), HttpResponse.BodyHandlers.ofLines());
            if (r.statusCode() != 200) {
                r.body().close();
                throw new ApiException(r.statusCode(), "moment feed refused");
            }
            onState.accept(FeedState.LIVE);
            SseParser parser = new SseParser((id, data) -> {
                try {
                    onMoment.accept(json.readValue(data, Dtos.Moment.class));
                } catch (IOException e) {
                    // one unreadable event must not end the feed
                }
            });
            lines = r.body();
            try (Stream<String> s = lines) {
                s.forEach(line -> {
                    parser.line(line);
                    if (parser.lastEventId() != null) {
                        lastEventId = parser.lastEventId();
                    }
                });
            }
        }

        @Override
        public void close() {
            open = false;
            Stream<String> s = lines;
            if (s != null) {
                s.close();
            }
            thread.interrupt();
        }
    }
}
