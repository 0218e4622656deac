package io.lien.server.messages;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.lien.server.ServerFixture;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * E-mail for real, to an SMTP server in the test (GreenMail): the selection reaches the client, its
 * link opens the page, reserving sends a receipt, "ready" tells them, and a mail server that is down
 * gets the message when it is back — once.
 */
class OrderMailIT {

    private static int port;
    private static GreenMail smtp;
    private static ServerFixture server;

    @BeforeAll
    static void start() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = smtp();
        server = ServerFixture.start(Map.of("lien.mail.host", "127.0.0.1", "lien.mail.port", port, "lien.mail.starttls", false,
                "lien.mail.from", "Maison Lien <hello@maison.example>", "lien.messages.send-every", "1s",
                "lien.selections.send-every", "1s"));
    }

    private static GreenMail smtp() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    @AfterAll
    static void stop() {
        server.close();
        smtp.stop();
    }

    private static Optional<MimeMessage> received(String to, String subjectStart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(to) && m.getSubject().startsWith(subjectStart);
            } catch (Exception e) {
                return false;
            }
        }).findFirst();
    }

    private static MimeMessage awaitMail(String to, String subjectStart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> received(to, subjectStart).isPresent());
        return received(to, subjectStart).orElseThrow();
    }

    private static HttpResponse<String> post(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return server.send(HttpRequest.newBuilder(server.http(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    @Test
    void theSelectionArrivesByMailItsLinkOpensAndReservingAndReadyAreToldOnceEvenAcrossAnSmtpOutage() throws Exception {
        String lea = server.token("lea", "lien-demo");
        assertEquals(201, server.post("/api/clients/c-amara/selections", lea, "{\"productIds\":[\"p-dress-emerald\"],\"message\":"
                + "\"The green you loved\"}").statusCode());
        MimeMessage selection = awaitMail("amara.diallo@example.org", "Léa chose a few pieces for you");
        assertEquals("Maison Lien <hello@maison.example>", selection.getFrom()[0].toString());
        String text = (String) selection.getContent();
        Matcher link = Pattern.compile("http://localhost:8080(/s/[A-Za-z0-9_-]{22})").matcher(text);
        assertTrue(text.startsWith("Hello Amara, Léa put together a selection of 1 piece for you") && link.find(), text);

        String page = server.get(link.group(1), null).body();
        assertTrue(page.contains("For you, Amara") && page.contains("The green you loved"), page);
        Matcher request = Pattern.compile("name=\"requestId\" value=\"([0-9a-f-]{36})\"").matcher(page);
        assertTrue(request.find());
        HttpResponse<String> reserved = post(link.group(1) + "/try-on", "variantId", "p-dress-emerald/36", "storeId", "demo", "requestId",
                request.group(1), "lang", "en");
        assertEquals(303, reserved.statusCode(), reserved.body());
        String orderPath = reserved.headers().firstValue("Location").orElseThrow().replaceAll("\\?.*", "");
        MimeMessage receipt = awaitMail("amara.diallo@example.org", "Set aside for you at Lien Démo — Le Marais: the emerald wrap dress (36)");
        assertTrue(((String) receipt.getContent()).contains("http://localhost:8080" + orderPath), (String) receipt.getContent());

        smtp.stop();
        String orderId = orderPath.replaceAll(".*/orders/", "");
        assertEquals(200, server.post("/api/stores/demo/orders/" + orderId + "/ready", lea, "{}").statusCode());
        OutgoingMessageRepository outbox = server.context().getBean(OutgoingMessageRepository.class);
        await().atMost(Duration.ofSeconds(20)).until(() -> outbox.findByDedupeKey("ready:" + orderId).map(m -> m.attempts() > 0)
                .orElse(false));
        assertTrue(outbox.findByDedupeKey("ready:" + orderId).orElseThrow().lastError().contains("SMTP"), "why it waits is kept");
        smtp = smtp();
        MimeMessage ready = awaitMail("amara.diallo@example.org", "Ready for you to try on at Lien Démo — Le Marais");
        assertTrue(((String) ready.getContent()).contains("The emerald wrap dress") || ((String) ready.getContent()).contains("the emerald wrap dress"));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> smtp.getReceivedMessages().length == 1);
        assertTrue(outbox.findByDedupeKey("ready:" + orderId).orElseThrow().sentAt() != null);
    }
}
