package io.lien.server.displays;

import io.lien.server.ServerFixture;
import io.lien.server.displays.application.FixturePasses;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Fixture;
import io.lien.server.registry.FixtureRepository;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A fixture's screen as its kiosk browser speaks to the server: set-up link, cookie, page, taps. */
record MirrorScreenFixture(ServerFixture server) {

    static final String DEMO_PASS = "mirror-1." + FixturePasses.DEMO_SECRET;

    /** The cookie the set-up link leaves (its value: the pass). */
    String signIn(String fixtureId, String pass) {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.http("/fixtures/" + fixtureId + "/start?pass="
                + URLEncoder.encode(pass, StandardCharsets.UTF_8))).GET().build());
        assertEquals(303, r.statusCode(), r.body());
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        return cookie.substring(0, cookie.indexOf(';'));
    }

    HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.http(path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return server.send(b.GET().build());
    }

    HttpResponse<String> tap(String fixtureId, String cookie, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(server.http("/fixtures/" + fixtureId + "/taps"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json");
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return server.send(b.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** A second mirror in the fitting rooms, its pass issued by the manager as a real set-up would. */
    String secondMirror(String managerToken) {
        server.context().getBean(FixtureRepository.class).save(new Fixture("mirror-2", "demo", "fitting-rooms", "smart-mirror"));
        server.context().getBean(DeviceRegistry.class).reload();
        return issuePass("mirror-2", managerToken);
    }

    String issuePass(String fixtureId, String managerToken) {
        HttpResponse<String> r = server.post("/api/stores/demo/fixtures/" + fixtureId + "/screen-pass", managerToken, "");
        assertEquals(201, r.statusCode(), r.body());
        Matcher m = Pattern.compile("pass=([^\"]+)\"").matcher(r.body());
        m.find();
        return m.group(1);
    }

    long moments(MomentKind kind) {
        return server.context().getBean(MomentRepository.class).findTop50ByStoreIdOrderByIdDesc("demo").stream()
                .filter(m -> m.kind() == kind).count();
    }
}
