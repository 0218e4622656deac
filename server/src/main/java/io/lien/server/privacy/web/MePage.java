package io.lien.server.privacy.web;

import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.community.CommunityVoice;
import io.lien.server.consent.ConsentChange;
import io.lien.server.credit.application.CreditExplained;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.consent.model.ConsentKind;
import io.lien.server.consent.model.QuietHours;
import io.lien.server.i18n.Texts;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.shoppers.application.SavedPieces;
import io.lien.server.security.ShopperIdentity;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.stock.Variant;
import io.lien.server.visits.VisitRepository;
import io.lien.server.web.Page;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Puts the shopper's own space together from what Lien holds about them (read as theirs: not logged as a look by staff). */
@Singleton
class MePage {

    static final List<String> CHANNELS = List.of("email", "whatsapp", "sms", "phone");

    private final ClientDirectory clients;
    private final ConsentLedger consents;
    private final ProfileAudit audit;
    private final ShopperOrders orders;
    private final SelectionRepository selections;
    private final DeviceRegistry registry;
    private final CreditExplained credits;
    private final CommunityVoice community;
    private final VisitRepository visits;
    private final SavedPieces savedPieces;

    MePage(ClientDirectory clients, ConsentLedger consents, ProfileAudit audit, ShopperOrders orders, SelectionRepository selections,
           DeviceRegistry registry, CreditExplained credits, CommunityVoice community, VisitRepository visits, SavedPieces savedPieces) {
        this.savedPieces = savedPieces;
        this.visits = visits;
        this.community = community;
        this.credits = credits;
        this.clients = clients;
        this.consents = consents;
        this.audit = audit;
        this.orders = orders;
        this.selections = selections;
        this.registry = registry;
    }

    MeView of(ShopperIdentity who, Locale locale, @Nullable String note) {
        Texts t = Texts.of(locale);
        Client c = clients.find(who.clientId()).orElseThrow();
        ZoneId zone = registry.timeZone("");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        ConsentLedger.Ledger ledger = consents.ledger(c.id()).orElseThrow();
        List<MeView.Switch> switches = Arrays.stream(ConsentKind.values()).filter(k -> k != ConsentKind.QUIET_HOURS)
                .map(k -> new MeView.Switch(k.code(), t.t("consent.kind." + k.code()), ledger.state().given(k))).toList();
        List<String> history = ledger.history().stream().sorted((a, b) -> Long.compare(b.ts(), a.ts())).limit(30)
                .map(ch -> line(t, when, zone, ch)).toList();
        List<MeView.Order> mine = new ArrayList<>();
        for (ShopperOrders.WithLines o : orders.ofClient(c.id())) {
            String what = o.variants().stream().map(v -> piece(v, locale)).reduce((a, b) -> a + ", " + b).orElse("");
            String text = t.t("me.order", what, t.t("export.order." + o.order().kind()), t.t("export.order.status." + o.order().status()),
                    when.format(Instant.ofEpochMilli(o.order().createdAt()).atZone(zone)));
            String href = o.order().selectionId() == null ? null : "/s/" + o.order().selectionId() + "/orders/" + o.order().id();
            mine.add(new MeView.Order(text, href, ShopperOrders.cancellable(o.order()) ? o.order().id() : null));
        }
        List<MeView.Link> sent = selections.findByClientIdOrderByCreatedAtDesc(c.id()).stream().filter(s -> s.sentAt() != null)
                .map(s -> new MeView.Link(t.t("me.selection", when.format(Instant.ofEpochMilli(s.sentAt()).atZone(zone)),
                        s.products().size()), "/s/" + s.id())).toList();
        List<String> looked = audit.of(c.id()).stream().limit(30).map(a -> t.t("me.looked", when.format(Instant.ofEpochMilli(a.ts())
                .atZone(zone)), a.actorName(), t.t("me.role." + a.actorRole()), ProfileAudit.why(a, locale))).toList();
        // every note an advisor wrote is the client's to read: Lien keeps no private notes (docs/privacy.md)
        List<String> notes = clients.history(c.id()).stream().filter(e -> e.kind() == io.lien.server.clients.ClientEvent.Kind.NOTE)
                .limit(50).map(e -> t.t("me.note", when.format(Instant.ofEpochMilli(e.ts()).atZone(zone)),
                        e.author() == null ? "" : e.author(), e.summary())).toList();
        // who helped them with each purchase, by the credit rules (the same sentence the advisors read)
        List<String> helped = credits.ofClient(c.id(), null, locale).stream().map(e -> t.t("me.helped",
                when.format(Instant.ofEpochMilli(e.orderedAt()).atZone(zone)), e.why())).toList();
        List<MeView.Said> said = community.of(c.id()).stream().map(f -> new MeView.Said(f.id(), t.t("me.said",
                registry.product(f.productId()).map(p -> p.atSentenceStart(locale)).orElse(f.productId()),
                f.kind().equals("like") ? t.t("community.like") : t.t("community.tone." + f.tone()) + ": “" + f.body() + "”"),
                f.signed(), !f.kind().equals("like"))).toList();
        List<MeView.Kept> kept = savedPieces.of(c.id()).stream().map(k -> new MeView.Kept(k.id(), t.t("me.kept.piece",
                registry.product(k.productId()).map(p -> p.atSentenceStart(locale)).orElse(k.productId()),
                k.size() == null ? "" : k.size(), k.storeId() == null ? "" : registry.store(k.storeId()).map(st -> st.city()).orElse(""),
                when.format(Instant.ofEpochMilli(k.savedAt()).atZone(zone))))).toList();
        List<String> dates = clients.importantDates(c.id()).stream().map(d -> {
            String kind = t.has("me.date." + d.kind()) ? t.t("me.date." + d.kind()) : d.kind();
            String day = java.time.MonthDay.of(d.month(), d.day()).atYear(2000).format(DateTimeFormatter.ofPattern("d MMMM", locale));
            // the person by their name, never the advisor's description of them (it is in one language only)
            String person = d.personName() != null ? d.personName() : d.person();
            return person == null ? t.t("me.date.own", kind, day) : t.t("me.date.person", kind, day, person);
        }).toList();
        int visited = visits.findByClientIdOrderByStartedAtDesc(c.id()).size();
        return new MeView(Page.of(locale, "me.title", true), c.firstName(), orEmpty(c.email()), orEmpty(c.phone()), orEmpty(c.sizes()),
                orEmpty(c.interests()), c.preferredChannel(), CHANNELS, c.approachability().code(), switches,
                ledger.state().quietHours().map(QuietHours::text).orElse(""), history, mine, sent, looked, notes, helped, said, kept, dates,
                t.t("me.visits", visited),
                note == null || !note.matches("me\\.[a-z-]+") ? null : t.t(note));
    }

    private String piece(Variant v, Locale locale) {
        return registry.product(v.productId()).map(p -> p.atSentenceStart(locale)).orElse(v.productId()) + " (" + v.size() + ")";
    }

    private static String line(Texts t, DateTimeFormatter when, ZoneId zone, ConsentChange ch) {
        return t.t("me.consent-change", when.format(Instant.ofEpochMilli(ch.ts()).atZone(zone)), t.t("consent.kind." + ch.kind()),
                ch.granted() ? "given" : "withdrawn", ch.source(), ch.value() == null ? "" : ch.value());
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
