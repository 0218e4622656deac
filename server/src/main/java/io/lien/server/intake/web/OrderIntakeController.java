package io.lien.server.intake.web;

import io.lien.server.intake.application.OrderIntake;
import io.lien.server.intake.model.IntakeOrder;
import io.lien.server.intake.model.IntakeRefund;
import io.lien.server.intake.model.OrderSources;
import io.lien.server.settings.OrderIntakeSettings;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.util.List;

/**
 * Where the brand's other channels post their orders (docs/order-intake.md). No staff sign-in: each
 * call proves its source by signing its body (the source's secret; Shopify's app secret), so an
 * order can only come from a source Lien was told about, and its body cannot be changed on the way.
 */
@Controller("/api/orders")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrderIntakeController {

    static final int MAX_BODY = 256 * 1024;

    /** The answer: the order's reference in Lien, its lines, and whether it had been recorded already. */
    @Serdeable
    record Recorded(String orderRef, int lines, boolean again) {
    }

    private final OrderIntake intake;
    private final OrderSources sources;
    private final OrderIntakeSettings settings;
    private final JsonMapper json;
    private final ShopifyOrders shopify;

    OrderIntakeController(OrderIntake intake, OrderIntakeSettings settings, JsonMapper json, ShopifyOrders shopify) {
        this.intake = intake;
        this.settings = settings;
        this.sources = OrderSources.parse(settings.sources());
        this.json = json;
        this.shopify = shopify;
    }

    @Post(consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Recorded> order(@Body byte[] body, @Nullable @Header("X-Lien-Source") String source,
                                 @Nullable @Header("X-Lien-Signature") String signature) {
        OrderSources.Source from = signed(body, source, signature);
        IntakeBodies.LienOrder o = read(body, IntakeBodies.LienOrder.class);
        List<IntakeOrder.Line> lines = o.lines() == null ? List.of() : o.lines().stream().map(l -> new IntakeOrder.Line(l.productId(),
                l.size(), l.quantity() == null ? 0 : l.quantity(), l.amountCents() == null ? -1 : l.amountCents(), l.title())).toList();
        return answer(intake.record(new IntakeOrder(from.name(), o.orderId(), from.channel(), o.clientId(), o.email(),
                ShopifyOrders.instant(o.placedAt()), o.storeId(), lines)));
    }

    @Post(value = "/{orderId}/refunds", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Recorded> refund(String orderId, @Body byte[] body, @Nullable @Header("X-Lien-Source") String source,
                                  @Nullable @Header("X-Lien-Signature") String signature) {
        OrderSources.Source from = signed(body, source, signature);
        IntakeBodies.LienRefund r = read(body, IntakeBodies.LienRefund.class);
        List<IntakeRefund.Line> lines = r.lines() == null ? List.of() : r.lines().stream().map(l -> new IntakeRefund.Line(
                l.line() == null ? 0 : l.line(), l.quantity() == null ? 0 : l.quantity(), l.amountCents() == null ? -1 : l.amountCents()))
                .toList();
        return answer(intake.refund(new IntakeRefund(from.name(), orderId, r.refundId(), lines)));
    }

    /** Shopify's {@code orders/create} and {@code refunds/create} webhooks, as Shopify sends them. */
    @Post(value = "/shopify", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<Recorded> shopify(@Body byte[] body, @Nullable @Header("X-Shopify-Hmac-Sha256") String hmac,
                                   @Nullable @Header("X-Shopify-Topic") String topic) {
        tooLarge(body);
        if (!OrderSources.shopifySigned(settings.shopifySecret(), hmac, body)) {
            throw new Problems.Unauthorized("problem.intake.signature");
        }
        if ("refunds/create".equals(topic)) {
            return answer(intake.refund(shopify.refund(read(body, IntakeBodies.ShopifyRefund.class))));
        }
        if (!"orders/create".equals(topic)) {
            throw new Problems.BadRequest("problem.intake.topic", String.valueOf(topic));
        }
        IntakeBodies.ShopifyOrder order = read(body, IntakeBodies.ShopifyOrder.class);
        HttpResponse<Recorded> answer = answer(intake.record(shopify.order(order)));
        shopify.remember(order);
        return answer;
    }

    private OrderSources.Source signed(byte[] body, String source, String signature) {
        tooLarge(body);
        return sources.verify(source, signature, body).orElseThrow(() -> new Problems.Unauthorized("problem.intake.signature"));
    }

    private static void tooLarge(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new Problems.TooLarge("problem.intake.too-large", MAX_BODY / 1024);
        }
    }

    private <T> T read(byte[] body, Class<T> type) {
        try {
            T read = json.readValue(body, type);
            if (read == null) {
                throw new Problems.BadRequest("problem.intake.json");
            }
            return read;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Problems.BadRequest b) {
                throw b;
            }
            throw new Problems.BadRequest("problem.intake.json");
        }
    }

    private static HttpResponse<Recorded> answer(OrderIntake.Outcome outcome) {
        if (outcome instanceof OrderIntake.Outcome.Recorded r) {
            Recorded body = new Recorded(r.orderRef(), r.lines(), r.again());
            return r.again() ? HttpResponse.ok(body) : HttpResponse.created(body);
        }
        OrderIntake.Outcome.Refused refused = (OrderIntake.Outcome.Refused) outcome;
        throw new Problems.BadRequest(refused.key(), refused.values().toArray());
    }
}
