package io.lien.server.orders;

import io.lien.server.ServerFixture;
import io.lien.server.stock.StockLevel;
import io.lien.server.stock.StockLevelRepository;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shopper's way through Lien's pages, as a browser without script would go: forms posted, redirects read. */
record ShopperPagesFixture(ServerFixture server, String advisorToken) {

    /** An advisor sends {@code productId} to the client: the selection's path ({@code /s/…}). */
    String selectionFor(String clientId, String productId) {
        String json = server.post("/api/clients/" + clientId + "/selections", advisorToken, "{\"productIds\":[\"" + productId + "\"]}").body();
        Matcher m = Pattern.compile("\"link\":\"[^\"]*(/s/[A-Za-z0-9_-]{22})\"").matcher(json);
        assertTrue(m.find(), json);
        return m.group(1);
    }

    /** The request id of the piece's form on the selection page that offers {@code variantId}. */
    static String requestId(String page, String variantId) {
        return requestId(page, variantId, null);
    }

    /** The same, in a form that also offers the store {@code storeId} (null: any). */
    static String requestId(String page, String variantId, String storeId) {
        Matcher form = Pattern.compile("<form method=\"post\" action=\"/s/[A-Za-z0-9_-]{22}/try-on\" class=\"try-on\">(.*?)</form>",
                Pattern.DOTALL).matcher(page);
        while (form.find()) {
            String f = form.group(1);
            if (f.contains("<option value=\"" + variantId + "\">") && (storeId == null || f.contains("<option value=\"" + storeId + "\">"))) {
                Matcher id = Pattern.compile("name=\"requestId\" value=\"([0-9a-f-]{36})\"").matcher(f);
                assertTrue(id.find(), f);
                return id.group(1);
            }
        }
        throw new AssertionError("no form offers " + variantId + (storeId == null ? "" : " in " + storeId) + ": " + page);
    }

    /** A form posted as a browser posts it (fields in pairs). */
    HttpResponse<String> post(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return server.send(HttpRequest.newBuilder(server.http(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    static String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(r.statusCode() + " without Location: " + r.body()));
    }

    static String orderId(String location) {
        return location.replaceAll(".*/orders/([0-9a-f-]{36}).*", "$1");
    }

    StockLevel level(String location, String variant) {
        return server.context().getBean(StockLevelRepository.class).findById(StockLevel.idOf(location, variant)).orElseThrow();
    }
}
