package io.lien.server.advisors.web;

import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.advisors.StoreChoice;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.web.Problems;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * Who is signed in and in which store: the app shows the name and opens that store, or asks which
 * one first when there are several ({@code stores}, their own first). Choosing one answers a new
 * token for it, as sign-in does.
 */
@Controller("/api/me")
@Secured({Roles.ADVISOR, Roles.MANAGER})
class MeController {

    @Serdeable
    record StoreEntry(String id, String name, String city) {
    }

    @Serdeable
    record Me(String username, String name, String storeId, List<String> roles, List<StoreEntry> stores) {
    }

    @Serdeable
    record Choice(@Nullable String storeId) {
    }

    private final StoreChoice choice;
    private final DeviceRegistry registry;
    private final AccessRefreshTokenGenerator tokens;

    MeController(StoreChoice choice, DeviceRegistry registry, AccessRefreshTokenGenerator tokens) {
        this.choice = choice;
        this.registry = registry;
        this.tokens = tokens;
    }

    @Get
    Me me(StaffMember staff) {
        String store = staff.storeId();
        List<StoreEntry> stores = choice.storesOf(staff.username()).orElse(List.of(store)).stream()
                .map(id -> registry.store(id).map(s -> new StoreEntry(s.id(), s.name(), s.city()))
                        .orElse(new StoreEntry(id, id, "")))
                .toList();
        return new Me(staff.username(), staff.name(), store,
                List.copyOf(staff.roles()), stores);
    }

    /** Works in another of their stores from now on: a token for that store. 403 if it is not theirs. */
    @Post("/store")
    AccessRefreshToken chooseStore(@Body Choice body, StaffMember staff) {
        if (body.storeId() == null || body.storeId().isBlank()) {
            throw new Problems.BadRequest("problem.me.say-which-store");
        }
        StoreChoice.Outcome outcome = choice.choose(staff.username(), body.storeId());
        if (outcome instanceof StoreChoice.Outcome.Chosen chosen) {
            // the same claims as sign-in gives, fresh (an old token's expiry is not carried over)
            return tokens.generate(StaffMember.authentication(chosen.advisor().username(), chosen.advisor().displayName(),
                            chosen.advisor().role(), chosen.storeId()))
                    .orElseThrow(() -> new IllegalStateException("no token generator configured"));
        }
        throw new Problems.Forbidden("problem.me.not-your-store", cut(body.storeId()));
    }

    private static String cut(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
