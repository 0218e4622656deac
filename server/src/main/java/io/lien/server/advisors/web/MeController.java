package io.lien.server.advisors.web;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.StoreAccess;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Who is signed in: the app shows the name and opens the advisor's store. */
@Controller("/api/me")
@Secured({Advisor.ADVISOR, Advisor.MANAGER})
class MeController {

    @Serdeable
    record Me(String username, String name, String storeId, List<String> roles) {
    }

    @Get
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), String.valueOf(authentication.getAttributes().get("name")),
                String.valueOf(authentication.getAttributes().get(StoreAccess.STORE_CLAIM)),
                List.copyOf(authentication.getRoles()));
    }
}
