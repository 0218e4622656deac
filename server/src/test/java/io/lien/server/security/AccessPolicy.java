package io.lien.server.security;

import io.lien.server.web.OpenApiOperations.Operation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.lien.server.security.AccessPolicy.Caller.ADMIN;
import static io.lien.server.security.AccessPolicy.Caller.ADVISOR;
import static io.lien.server.security.AccessPolicy.Caller.FIXTURE;
import static io.lien.server.security.AccessPolicy.Caller.MANAGER;
import static io.lien.server.security.AccessPolicy.Caller.OTHER_MANAGER;
import static io.lien.server.security.AccessPolicy.Caller.SHOPPER_A;
import static io.lien.server.security.AccessPolicy.Caller.SHOPPER_B;

/**
 * Who may call what, written once by hand from the brief and the decisions (not read from the controllers, so that
 * a controller that forgets its rule is caught): the first rule whose method and path match an operation of the
 * OpenAPI document says which callers it answers; everyone else is refused. An operation no rule matches fails the
 * matrix, so a new endpoint needs a line here.
 */
final class AccessPolicy {

    /** The nine callers of the matrix (issue 22): the demo store is store 1, Lyon store 2. */
    enum Caller {
        ANONYMOUS, SHOPPER_A, SHOPPER_B, ADVISOR, MANAGER, OTHER_MANAGER, ADMIN, FIXTURE, GATEWAY
    }

    /** Who is answered. */
    enum Access {
        /** Anyone: sign-in pages, a store's public pages, capability links (the link is the key). */
        PUBLIC(EnumSet.allOf(Caller.class)),
        /**
         * Nobody of the nine: a key in the request itself that none of them sends — an order webhook's signature, a
         * fixture's set-up pass in its link.
         */
        KEYED(EnumSet.noneOf(Caller.class)),
        /**
         * Signing in and out: the matrix sends no password, so every caller is answered with the sign-in page again
         * (signing in refused, a link "sent" whoever asked — no enumeration — or signed out).
         */
        SIGNING_IN(EnumSet.noneOf(Caller.class)),
        /** A shopper's page anyone may open (a garment to keep), except with a staff token: it is not a shopper's. */
        SHOPPER_PAGE(EnumSet.of(Caller.ANONYMOUS, SHOPPER_A, SHOPPER_B, FIXTURE, Caller.GATEWAY)),
        /** A signed-in shopper, about themselves only (the token says who). */
        SHOPPER(EnumSet.of(SHOPPER_A, SHOPPER_B)),
        /** Advisors and managers of any store: the brand's clients are the chain's (decision 0016). */
        STAFF(EnumSet.of(ADVISOR, MANAGER, OTHER_MANAGER)),
        /** Managers of any store: profile access logs, exports, erasure on request, ingestion. */
        MANAGERS(EnumSet.of(MANAGER, OTHER_MANAGER)),
        /** Advisors and the manager of the store in the path. */
        STORE_STAFF(EnumSet.of(ADVISOR, MANAGER)),
        /** The manager of the store in the path. */
        STORE_MANAGER(EnumSet.of(MANAGER)),
        /** Head office, or the manager of the store in the path: a store's set-up. */
        STORE_SETUP(EnumSet.of(MANAGER, ADMIN)),
        /** Head office, or any manager: the back office's landing, health details. */
        OFFICE(EnumSet.of(MANAGER, OTHER_MANAGER, ADMIN)),
        /** Head office only: stores, people, the catalogue. */
        HEAD_OFFICE(EnumSet.of(ADMIN)),
        /** The fixture whose pass it holds, at its own screen. */
        SCREEN(EnumSet.of(FIXTURE));

        final Set<Caller> callers;

        Access(Set<Caller> callers) {
            this.callers = callers;
        }
    }

    record Rule(Pattern method, Pattern path, Access access) {
        boolean matches(Operation op) {
            return method.matcher(op.method()).matches() && path.matcher(op.template()).matches();
        }
    }

    private static Rule rule(String method, String path, Access access) {
        return new Rule(Pattern.compile(method), Pattern.compile(path), access);
    }

    private static final String ANY = "GET|POST|PUT|PATCH|DELETE";
    private static final String WRITE = "POST|PUT|PATCH|DELETE";

    static final List<Rule> RULES = List.of(
            // head office's API and pages
            rule(ANY, "/api/admin/.*", Access.HEAD_OFFICE),
            rule(ANY, "/office/(catalogue|people|log)(/.*)?", Access.HEAD_OFFICE),
            rule(ANY, "/office/stores", Access.HEAD_OFFICE),
            // a store's set-up: its manager or head office
            rule(ANY, "/api/stores/\\{storeId}/setup(/.*)?", Access.STORE_SETUP),
            rule(ANY, "/api/stores/\\{storeId}/devices/\\{deviceId}/credentials", Access.STORE_SETUP),
            rule(ANY, "/api/stores/\\{storeId}/fixtures/\\{fixtureId}/screen-pass", Access.STORE_SETUP),
            rule("GET", "/(office|insights|me)/sign-in", Access.PUBLIC),
            rule(WRITE, "/(office|insights|me)/sign-(in|out)(/.*)?", Access.SIGNING_IN),
            rule(ANY, "/office/stores/\\{storeId}(/.*)?", Access.STORE_SETUP),
            rule(ANY, "/office/switch/\\{storeId}", Access.STORE_SETUP),
            rule(ANY, "/office", Access.OFFICE),
            rule("GET", "/api/health", Access.OFFICE),
            // a manager's insights
            rule(ANY, "/insights/stores/\\{storeId}(/.*)?", Access.STORE_MANAGER),
            rule(ANY, "/insights(/mine)?", Access.MANAGERS),
            rule(ANY, "/api/stores/\\{storeId}/(insights/summary|funnel)", Access.STORE_MANAGER),
            rule(WRITE, "/api/stores/\\{storeId}/stock/.*", Access.STORE_MANAGER),
            // the floor
            rule(ANY, "/api/stores", Access.PUBLIC),
            rule(ANY, "/api/stores/\\{storeId}/.*", Access.STORE_STAFF),
            rule(ANY, "/api/clients/\\{clientId}/(access-log|export)", Access.MANAGERS),
            rule("DELETE", "/api/clients/\\{clientId}", Access.MANAGERS),
            rule(ANY, "/api/(ingestion|displays)", Access.MANAGERS),
            rule("GET", "/api/products/\\{productId}/community", Access.PUBLIC),
            rule(ANY, "/api/(clients|follow-ups|notes|products|me|visits|displays)(/.*)?", Access.STAFF),
            // shoppers
            rule(ANY, "/api/shopper(/.*)?", Access.SHOPPER),
            rule(ANY, "/me/link/.*", Access.PUBLIC),
            rule(ANY, "/me(/.*)?", Access.SHOPPER),
            rule("GET", "/save/.*", Access.SHOPPER_PAGE),
            rule(WRITE, "/save/.*", Access.SHOPPER),
            rule(ANY, "/(s|welcome|test-payments)/.*", Access.PUBLIC),
            rule(ANY, "/api/invitations/.*", Access.PUBLIC),
            rule(ANY, "/api/orders(/.*)?", Access.KEYED),
            // fixtures
            rule("GET", "/fixtures/\\{fixtureId}/start", Access.KEYED),
            rule(ANY, "/fixtures/.*", Access.SCREEN));

    static Optional<Access> of(Operation op) {
        return RULES.stream().filter(r -> r.matches(op)).map(Rule::access).findFirst();
    }

    private AccessPolicy() {
    }
}
