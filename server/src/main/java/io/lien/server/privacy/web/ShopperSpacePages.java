package io.lien.server.privacy.web;

import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Approachability;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.community.CommunityVoice;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Phrase;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.privacy.application.ClientErasure;
import io.lien.server.security.ShopperIdentity;
import io.lien.server.security.ShopperSessions;
import io.lien.server.web.Page;
import io.lien.server.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shopper's own space on any device: forms only (no script), each change at once, logged in
 * their access log as theirs. Not signed in: the sign-in page. Another client's order id: nothing.
 */
@Controller("/me")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopperSpacePages {

    @Serdeable
    record ConsentForm(@Nullable String kind, @Nullable String granted, @Nullable String value, @Nullable String lang) {
    }

    @Serdeable
    record WordsForm(@Nullable String sizes, @Nullable String interests, @Nullable String channel, @Nullable String lang) {
    }

    @Serdeable
    record ChoiceForm(@Nullable String approachability, @Nullable String confirm, @Nullable String lang) {
    }

    private final ClientDirectory clients;
    private final ConsentLedger consents;
    private final ProfileAudit audit;
    private final ShopperOrders orders;
    private final ClientErasure erasure;
    private final ShopperSessions sessions;
    private final MePage mePage;
    private final CommunityVoice community;
    private final Pages pages;
    private final io.lien.server.shoppers.application.SavedPieces savedPieces;
    private final boolean secure;

    ShopperSpacePages(ClientDirectory clients, ConsentLedger consents, ProfileAudit audit, ShopperOrders orders, ClientErasure erasure,
                      ShopperSessions sessions, MePage mePage, CommunityVoice community, Pages pages,
                      io.lien.server.shoppers.application.SavedPieces savedPieces, io.lien.server.settings.LienSettings lien) {
        this.savedPieces = savedPieces;
        this.secure = lien.https();
        this.community = community;
        this.clients = clients;
        this.consents = consents;
        this.audit = audit;
        this.orders = orders;
        this.erasure = erasure;
        this.sessions = sessions;
        this.mePage = mePage;
        this.pages = pages;
    }

    @Get(value = "{?lang,note}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> me(@Nullable ShopperIdentity shopper, @Nullable @QueryValue String lang, @Nullable @QueryValue String note,
                            io.micronaut.http.HttpRequest<?> request) {
        return as(shopper, lang, (who, locale) -> {
            // a garment scanned at a mirror before signing in is kept now
            Optional<io.micronaut.http.cookie.Cookie> kept = KeepPages.keepPending(request, who, savedPieces, secure);
            io.micronaut.http.MutableHttpResponse<String> page = pages.respond(HttpStatus.OK, "me",
                    mePage.of(who, locale, kept.isPresent() && note == null ? "me.kept" : note));
            kept.ifPresent(page::cookie);
            return page;
        });
    }

    @Post(value = "/consents", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> consent(@Nullable ShopperIdentity shopper, @Body ConsentForm form) {
        return as(shopper, form.lang(), (who, locale) -> {
            ConsentLedger.Outcome outcome = consents.record(who.clientId(), new ConsentLedger.Request(form.kind(),
                    form.granted() == null ? null : Boolean.valueOf(form.granted()), form.value(), "web", null),
                    ConsentLedger.Author.client());
            if (outcome instanceof ConsentLedger.Outcome.Recorded r) {
                audit.record(who.clientId(), who, ProfileAccess.Action.CHANGE, Phrase.with("audit.consent.by-client", r.change().kind(),
                        r.change().granted() ? "given" : "withdrawn"));
                return back(locale, "me.saved");
            }
            return back(locale, "me.not-saved");
        });
    }

    @Post(value = "/words", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> words(@Nullable ShopperIdentity shopper, @Body WordsForm form) {
        return as(shopper, form.lang(), (who, locale) -> {
            String sizes = clip(form.sizes(), 120);
            String interests = clip(form.interests(), 400);
            if (form.channel() == null || !MePage.CHANNELS.contains(form.channel()) || sizes == null && form.sizes() != null
                    && form.sizes().length() > 120 || interests == null && form.interests() != null && form.interests().length() > 400) {
                return back(locale, "me.not-saved");
            }
            clients.ownWords(who.clientId(), sizes, interests, form.channel());
            audit.record(who.clientId(), who, ProfileAccess.Action.CHANGE, Phrase.with("audit.words.by-client"));
            return back(locale, "me.saved");
        });
    }

    @Post(value = "/approachability", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> approachability(@Nullable ShopperIdentity shopper, @Body ChoiceForm form) {
        return as(shopper, form.lang(), (who, locale) -> {
            Optional<Approachability> wanted = Approachability.fromCode(form.approachability());
            if (wanted.isEmpty()) {
                return back(locale, "me.not-saved");
            }
            clients.approachability(who.clientId(), wanted.get());
            audit.record(who.clientId(), who, ProfileAccess.Action.CHANGE, Phrase.with("audit.approachability.by-client",
                    wanted.get().code()));
            return back(locale, "me.saved");
        });
    }

    @Post(value = "/orders/{orderId}/cancel", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> cancel(@Nullable ShopperIdentity shopper, String orderId, @Body ChoiceForm form) {
        return as(shopper, form.lang(), (who, locale) -> orders.cancel(who.clientId(), orderId.length() > 36 ? "" : orderId)
                ? back(locale, "me.cancelled") : pages.respond(HttpStatus.NOT_FOUND, "me", mePage.of(who, locale, "me.not-cancelled")));
    }

    /** Their like or words about a piece: taken back ({@code action} delete), or their name hidden or shown (hide, sign). */
    @Post(value = "/said/{feedbackId}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> said(@Nullable ShopperIdentity shopper, long feedbackId, @Body ChoiceForm form) {
        return as(shopper, form.lang(), (who, locale) -> {
            String action = form.confirm() == null ? "" : form.confirm();
            boolean done = switch (action) {
                case "delete" -> community.takeBack(who.clientId(), feedbackId);
                case "hide" -> community.sign(who.clientId(), feedbackId, false);
                case "sign" -> community.sign(who.clientId(), feedbackId, true);
                default -> false;
            };
            return done ? back(locale, "me.saved") : pages.respond(HttpStatus.NOT_FOUND, "me", mePage.of(who, locale, "me.not-saved"));
        });
    }

    @Get(value = "/erase{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> eraseConfirm(@Nullable ShopperIdentity shopper, @Nullable @QueryValue String lang) {
        return as(shopper, lang, (who, locale) -> pages.respond(HttpStatus.OK, "erase", new EraseView(
                Page.of(locale, "erase.title", false), who.displayName(), null)));
    }

    @Post(value = "/erase", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> erase(@Nullable ShopperIdentity shopper, @Body ChoiceForm form) {
        return as(shopper, form.lang(), (who, locale) -> {
            if (!"erase".equalsIgnoreCase(form.confirm() == null ? "" : form.confirm().strip())
                    && !(form.confirm() != null && form.confirm().strip().equalsIgnoreCase(Languages.all().texts(locale).t("erase.word")))) {
                return pages.respond(HttpStatus.BAD_REQUEST, "erase", new EraseView(Page.of(locale, "erase.title", false),
                        who.displayName(), "erase.confirm-needed"));
            }
            erasure.erase(who.clientId(), "client");
            return pages.respond(HttpStatus.OK, "erase", new EraseView(Page.of(locale, "erase.title", false), null, "erase.done"))
                    .cookie(sessions.close());
        });
    }

    /** As the signed-in shopper, or off to the sign-in page. */
    private HttpResponse<String> as(@Nullable ShopperIdentity shopper, @Nullable String lang,
                                    java.util.function.BiFunction<ShopperIdentity, Locale, HttpResponse<String>> then) {
        Optional<ShopperIdentity> who = Optional.ofNullable(shopper);
        Optional<Locale> asked = lang == null ? Optional.empty() : Optional.of(Languages.all().nearest(lang));
        if (who.isEmpty() || clients.find(who.get().clientId()).isEmpty()) {
            return HttpResponse.seeOther(URI.create("/me/sign-in?lang=" + asked.orElse(Locale.ENGLISH).toLanguageTag()));
        }
        Locale locale = asked.orElseGet(() -> clients.find(who.get().clientId()).map(c -> Languages.all().nearest(c.language()))
                .orElse(Locale.ENGLISH));
        return then.apply(who.get(), locale);
    }

    private static HttpResponse<String> back(Locale locale, String note) {
        return HttpResponse.seeOther(URI.create("/me?lang=" + locale.toLanguageTag() + "&note=" + note));
    }

    private static String clip(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.length() > max ? null : t;
    }
}
