package io.lien.server.displays.web;

import io.lien.server.community.CommunityVoice;
import io.lien.server.displays.application.DisplayRedraws;
import io.lien.server.displays.application.FixtureTaps;
import io.lien.server.displays.application.MirrorScreen;
import io.lien.server.displays.application.MirrorWording;
import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.FixtureDevice;
import io.lien.server.security.FixturePassCheck;
import io.lien.server.settings.DisplaySettings;
import io.lien.server.settings.LienSettings;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * A fixture's own page, shown by its screen in kiosk mode: its screen live over SSE, its taps, its
 * reset for the next shopper. The screen signs in once with its pass ({@code ?pass=} from the
 * manager's set-up link, kept in an HttpOnly cookie for this fixture's pages only); every route
 * checks the pass names this fixture. Shown in the store's language unless the shopper switches.
 */
@Controller("/fixtures/{fixtureId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class FixturePages {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration PING = Duration.ofSeconds(15);

    @Serdeable
    record TapForm(@Nullable String key, @Nullable String action, @Nullable String hangerId, @Nullable String size,
                   @Nullable String lang) {
    }

    @Serdeable
    record TapAnswer(boolean taken, boolean before) {
    }

    @Serdeable
    record LangForm(@Nullable String lang) {
    }

    private final DisplayRedraws redraws;
    private final FixtureTaps taps;
    private final FixturePassCheck passes;
    private final DeviceRegistry registry;
    private final CommunityVoice community;
    private final Pages pages;
    private final String baseUrl;
    private final boolean secure;
    private final long resetSeconds;

    FixturePages(DisplayRedraws redraws, FixtureTaps taps, FixturePassCheck passes, DeviceRegistry registry, CommunityVoice community,
                 Pages pages, LienSettings lien, DisplaySettings settings) {
        this.redraws = redraws;
        this.taps = taps;
        this.passes = passes;
        this.registry = registry;
        this.community = community;
        this.pages = pages;
        this.baseUrl = lien.baseUrl();
        this.secure = lien.https();
        this.resetSeconds = settings.mirrorReset().toSeconds();
    }

    /** The set-up link: the pass goes into the cookie and out of the address bar (and the screen's history). */
    @Get(value = "/start{?pass}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> start(String fixtureId, @Nullable @QueryValue String pass) {
        Optional<FixtureDevice> device = Optional.ofNullable(pass).filter(p -> p.length() <= 200).flatMap(passes::check)
                .filter(d -> d.fixtureId().equals(fixtureId));
        if (device.isEmpty()) {
            throw new Problems.Unauthorized("problem.fixture.pass");
        }
        Cookie cookie = Cookie.of(FixtureDevice.COOKIE, pass).httpOnly(true).secure(secure).sameSite(SameSite.Strict)
                .path("/fixtures/" + fixtureId).maxAge(Duration.ofDays(400));
        return HttpResponse.<String>seeOther(URI.create("/fixtures/" + fixtureId)).cookie(cookie);
    }

    @Get(value = "{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> page(String fixtureId, @Nullable @QueryValue String lang, FixtureDevice device) {
        device.mustBe(fixtureId);
        return pages.respond(HttpStatus.OK, "mirror", view(fixtureId, locale(lang, device), true));
    }

    /** The screen alone, for a page that cannot keep an event stream open. */
    @Get(value = "/screen{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> screen(String fixtureId, @Nullable @QueryValue String lang, FixtureDevice device) {
        device.mustBe(fixtureId);
        return pages.respond(HttpStatus.OK, "mirror-screen", view(fixtureId, locale(lang, device), false));
    }

    /** The screen again each time it changes, and a ping every 15 s so the page knows it is still connected. */
    @Get(value = "/events{?lang}", produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.IO)
    Publisher<Event<String>> events(String fixtureId, @Nullable @QueryValue String lang, FixtureDevice device) {
        device.mustBe(fixtureId);
        Locale locale = locale(lang, device);
        Flux<Event<String>> screens = redraws.changes(fixtureId).publishOn(Schedulers.boundedElastic())
                .map(v -> Event.of(pages.render("mirror-screen", view(fixtureId, locale, false))).name("screen"));
        Flux<Event<String>> pings = Flux.interval(PING).map(i -> Event.of("").name("ping"));
        return Flux.merge(screens, pings);
    }

    @Post(value = "/taps", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> tap(String fixtureId, @Body TapForm form, FixtureDevice device, HttpRequest<?> request) {
        device.mustBe(fixtureId);
        FixtureTaps.Outcome outcome = taps.tap(fixtureId, form.key(), form.action(), blankToNull(form.hangerId()), blankToNull(form.size()));
        if (outcome instanceof FixtureTaps.Outcome.Refused r) {
            throw new Problems.BadRequest(r.why());
        }
        if (outcome instanceof FixtureTaps.Outcome.TooMany t) {
            throw new Problems.TooMany(t.retryAfterSeconds(), "problem.fixture.too-many");
        }
        boolean before = ((FixtureTaps.Outcome.Taken) outcome).before();
        if (request.getHeaders().accept().stream().anyMatch(m -> m.matches(MediaType.APPLICATION_JSON_TYPE))) {
            return HttpResponse.accepted().body(new TapAnswer(true, before));
        }
        return HttpResponse.seeOther(URI.create("/fixtures/" + fixtureId + "?lang=" + locale(form.lang(), device).toLanguageTag()));
    }

    /** The page was left untouched: back to its first screen, in the store's language, telling nothing of the last shopper. */
    @Post(value = "/reset", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(String fixtureId, @Body LangForm form, FixtureDevice device) {
        device.mustBe(fixtureId);
        redraws.reset(fixtureId);
        return HttpResponse.seeOther(URI.create("/fixtures/" + fixtureId));
    }

    private MirrorView view(String fixtureId, Locale locale, boolean whole) {
        MirrorScreen screen = redraws.screen(fixtureId).orElseThrow(() -> new Problems.NotFound("problem.fixture.unknown", fixtureId));
        Texts texts = Texts.of(locale);
        MirrorWording wording = new MirrorWording(texts, registry);
        var garments = screen.garments().stream().map(g -> garment(screen, g, wording, locale)).toList();
        Page page = Page.kiosk(locale, "mirror.page.title", wording.title(screen));
        return new MirrorView(page, fixtureId, wording.title(screen), MirrorView.requests(screen, wording), garments,
                redraws.language(screen.storeId()).toLanguageTag(), resetSeconds,
                "/fixtures/" + fixtureId + "/events?lang=" + locale.toLanguageTag());
    }

    private MirrorView.Garment garment(MirrorScreen screen, MirrorScreen.Garment g, MirrorWording wording, Locale locale) {
        CommunityVoice.SharedWords voice = community.sharedScreenWords(g.productId(), 2);
        String save = baseUrl + "/save/" + g.productId() + "?size=" + g.size() + "&store=" + screen.storeId() + "&lang="
                + locale.toLanguageTag();
        return new MirrorView.Garment(g.hangerId(), wording.productTitle(g.productId()), g.size(), g.sizesHere(), g.sizesOnline(),
                g.allSizes().stream().filter(s -> !s.equals(g.size())).toList(), g.voice().likes(), g.voice().comments(),
                g.voice().critical(), MirrorView.words(voice, false), MirrorView.words(voice, true), QrCode.of(save), newKey());
    }

    private Locale locale(@Nullable String lang, FixtureDevice device) {
        return lang == null || lang.isBlank() ? redraws.language(device.storeId()) : Languages.all().nearest(lang);
    }

    /** A tap's key (30 hex digits and a suffix per button), made with the form: sending the same form twice is one tap. */
    private static String newKey() {
        byte[] b = new byte[15];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

}
