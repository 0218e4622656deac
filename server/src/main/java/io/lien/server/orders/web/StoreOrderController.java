package io.lien.server.orders.web;

import io.lien.server.clients.ClientDirectory;
import io.lien.server.orders.application.ShopperOrders;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.security.Roles;
import io.lien.server.security.StaffMember;
import io.lien.server.stock.Variant;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

/** The store's list of pieces to put aside for shoppers (reserved to try on), and "it is ready" in one tap. */
@Controller("/api/stores/{storeId}/orders")
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class StoreOrderController {

    /** One piece to put aside: for whom (a client who reserved it), what, until when; {@code status} held or ready. */
    @Serdeable
    record ToPutAside(String orderId, String kind, String status, String clientId, String clientName, String productId,
                      String productName, String size, @Nullable Long heldUntil, long createdAt) {
    }

    private final ShopperOrders orders;
    private final ClientDirectory clients;
    private final DeviceRegistry registry;

    StoreOrderController(ShopperOrders orders, ClientDirectory clients, DeviceRegistry registry) {
        this.orders = orders;
        this.clients = clients;
        this.registry = registry;
    }

    @Get
    List<ToPutAside> list(String storeId, StaffMember who, ReaderLanguage reader) {
        List<ToPutAside> out = new ArrayList<>();
        for (ShopperOrders.WithLines o : orders.inStore(storeId)) {
            String name = clients.find(o.order().clientId()).map(c -> c.firstName() + " " + c.lastName()).orElse("");
            for (Variant v : o.variants()) {
                out.add(new ToPutAside(o.order().id(), o.order().kind(), o.order().status(), o.order().clientId(), name, v.productId(),
                        registry.product(v.productId()).map(p -> p.name(reader.locale())).orElse(v.productId()), v.size(),
                        o.order().heldUntil(), o.order().createdAt()));
            }
        }
        return out;
    }

    /** It is put aside: the order says "ready" to the shopper. Once: 409 when it was not waiting to be put aside. */
    @Post("/{orderId}/ready")
    ToPutAside ready(String storeId, String orderId, StaffMember who, ReaderLanguage reader) {
        int moved = orders.ready(storeId, orderId);
        if (moved < 0) {
            throw new Problems.NotFound("problem.order.unknown", orderId);
        }
        if (moved == 0) {
            throw new Problems.Conflict("problem.order.not-held", orderId);
        }
        return list(storeId, who, reader).stream().filter(t -> t.orderId().equals(orderId)).findFirst()
                .orElseThrow(() -> new Problems.NotFound("problem.order.unknown", orderId));
    }
}
