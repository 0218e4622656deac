package io.lien.server.payments.web;

import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.payments.infrastructure.TestCardProvider;
import io.lien.server.payments.model.TestCards;
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
 * The test provider's own page, where a real provider's hosted page would be: the amount, a card
 * field and the test cards to type. The number is read to pick an outcome and dropped; only the
 * outcome is kept. The shopper goes back to the address Lien gave, with the payment's reference.
 */
@Controller("/test-payments")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TestPaymentPage {

    @Serdeable
    record CardForm(@Nullable String card, @Nullable String lang) {
    }

    private final TestCardProvider provider;
    private final Pages pages;

    TestPaymentPage(TestCardProvider provider, Pages pages) {
        this.provider = provider;
        this.pages = pages;
    }

    @Get(value = "/{reference}{?lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<String> show(String reference, @Nullable @QueryValue String lang) {
        return view(reference, locale(lang), HttpStatus.OK, null);
    }

    @Post(value = "/{reference}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> pay(String reference, @Body CardForm form) {
        Locale locale = locale(form.lang());
        Optional<TestCardProvider.Payment> paid = provider.pay(reference, form.card());
        if (paid.isEmpty()) {
            return view(reference, locale, HttpStatus.BAD_REQUEST, "test-payment.not-a-test-card");
        }
        String back = paid.get().returnTo().toString();
        return HttpResponse.seeOther(URI.create(back + (back.contains("?") ? "&" : "?") + "ref=" + reference));
    }

    private HttpResponse<String> view(String reference, Locale locale, HttpStatus status, @Nullable String problem) {
        Texts t = Texts.of(locale);
        Page page = Page.of(locale, "test-payment.title", false);
        Optional<TestCardProvider.Payment> open = provider.open(reference);
        if (open.isEmpty()) {
            return pages.respond(HttpStatus.NOT_FOUND, "test-payment", new TestPaymentView(page, reference, "", "", List.of(),
                    "test-payment.unknown"));
        }
        TestCardProvider.Payment p = open.get();
        List<TestPaymentView.Card> cards = TestCards.CARDS.entrySet().stream().sorted(java.util.Map.Entry.comparingByValue())
                .map(e -> new TestPaymentView.Card(spaced(e.getKey()), t.t("test-payment.outcome." + e.getValue().name()))).toList();
        return pages.respond(status, "test-payment", new TestPaymentView(page, reference, t.money(p.amountCents(), p.currency()), p.description(),
                cards, problem));
    }

    private static String spaced(String number) {
        return number.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    private static Locale locale(@Nullable String lang) {
        return Languages.all().nearest(lang);
    }
}
