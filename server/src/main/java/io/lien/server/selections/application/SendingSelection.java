package io.lien.server.selections.application;

import io.lien.server.i18n.Phrase;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.selections.model.ChannelChoice;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * An advisor's selection for a client: checked (the client, the pieces, a channel their consent
 * allows), stored with an unguessable link, then sent by {@link SelectionDispatch} now or at the
 * end of the client's quiet hours.
 */
@Singleton
public class SendingSelection {

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Request(String clientId, String storeId, String advisor, List<String> productIds, String message,
                          String requestId) {
    }

    public sealed interface Outcome {
        record Created(Selection selection, boolean waitsForQuietHours) implements Outcome {
        }

        record NoChannel(Phrase why) implements Outcome {
        }

        record UnknownProducts(List<String> ids) implements Outcome {
        }

        record UnknownClient() implements Outcome {
        }
    }

    private final SelectionRepository selections;
    private final ClientDirectory clients;
    private final ConsentLedger consents;
    private final DeviceRegistry registry;
    private final SelectionDispatch dispatch;

    SendingSelection(SelectionRepository selections, ClientDirectory clients, ConsentLedger consents,
                     DeviceRegistry registry, SelectionDispatch dispatch) {
        this.selections = selections;
        this.clients = clients;
        this.consents = consents;
        this.registry = registry;
        this.dispatch = dispatch;
    }

    public Outcome send(Request request) {
        if (request.requestId() != null) {
            Optional<Selection> again = selections.findByRequestId(request.requestId());
            if (again.isPresent()) {
                return new Outcome.Created(again.get(), again.get().sentAt() == null && again.get().sendAfter() > System.currentTimeMillis());
            }
        }
        Optional<Client> client = clients.find(request.clientId());
        Optional<ConsentLedger.Ledger> ledger = consents.ledger(request.clientId());
        if (client.isEmpty() || ledger.isEmpty()) {
            return new Outcome.UnknownClient();
        }
        List<String> unknown = request.productIds().stream().filter(id -> registry.product(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return new Outcome.UnknownProducts(unknown);
        }
        Client c = client.get();
        Instant now = Instant.now();
        ChannelChoice.Choice choice = ChannelChoice.choose(c.preferredChannel(), ledger.get().state(),
                new ChannelChoice.Reachable(c.email() != null, c.phone() != null), now, zoneOf(request.storeId()));
        if (choice instanceof ChannelChoice.Choice.NoChannel none) {
            return new Outcome.NoChannel(Phrase.with(none.why(), c.firstName()));
        }
        ChannelChoice.Choice.Send send = (ChannelChoice.Choice.Send) choice;
        Selection saved = selections.save(new Selection(newLinkId(), c.id(), request.storeId(), request.advisor(),
                String.join(",", request.productIds()), blankToNull(request.message()), send.channel(), now.toEpochMilli(),
                send.sendAfter(), null, null, request.requestId()));
        boolean waits = send.sendAfter() > now.toEpochMilli();
        if (!waits) {
            dispatch.sendDue();
        }
        return new Outcome.Created(saved, waits);
    }

    private ZoneId zoneOf(String storeId) {
        return registry.timeZone(storeId);
    }

    static String newLinkId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
