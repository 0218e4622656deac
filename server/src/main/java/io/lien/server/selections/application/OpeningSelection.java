package io.lien.server.selections.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentStream;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.model.MomentTexts;
import io.lien.server.i18n.Phrase;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.registry.Product;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client opens the link of a selection, on any device. The first opening is noted (their
 * timeline shows it) and told to the store's tablets; the page shows only the pieces, the
 * advisor's first name and word, and the client's first name.
 */
@Singleton
public class OpeningSelection {

    /** A link lives three months; after that the page says so rather than showing old pieces. */
    public static final Duration LINK_LIFETIME = Duration.ofDays(90);
    private static final Pattern LINK_ID = Pattern.compile("[A-Za-z0-9_-]{22}");

    public sealed interface Outcome {
        record Opened(Selection selection, String clientFirstName, String language, String advisorFirstName,
                      List<Product> products) implements Outcome {
        }

        record Expired(String language) implements Outcome {
        }

        record Unknown() implements Outcome {
        }
    }

    private final SelectionRepository selections;
    private final ClientDirectory clients;
    private final AdvisorRepository advisors;
    private final DeviceRegistry registry;
    private final MomentStream moments;

    OpeningSelection(SelectionRepository selections, ClientDirectory clients, AdvisorRepository advisors,
                     DeviceRegistry registry, MomentStream moments) {
        this.selections = selections;
        this.clients = clients;
        this.advisors = advisors;
        this.registry = registry;
        this.moments = moments;
    }

    /** Whether {@code linkId} looks like a link's id (22 URL-safe characters): anything else is unknown, unread. */
    public static boolean wellFormed(String linkId) {
        return linkId != null && LINK_ID.matcher(linkId).matches();
    }

    /** Whether the selection's link still shows its pieces at {@code now}. */
    public static boolean live(Selection s, long now) {
        return now - s.createdAt() <= LINK_LIFETIME.toMillis();
    }

    public Outcome open(String linkId) {
        if (!wellFormed(linkId)) {
            return new Outcome.Unknown();
        }
        Optional<Selection> found = selections.findById(linkId);
        Optional<Client> client = found.flatMap(s -> clients.find(s.clientId()));
        if (found.isEmpty() || client.isEmpty()) {
            return new Outcome.Unknown();
        }
        Selection s = found.get();
        Client c = client.get();
        long now = System.currentTimeMillis();
        if (!live(s, now)) {
            return new Outcome.Expired(c.language());
        }
        String advisor = advisors.findById(s.advisor()).map(Advisor::firstName).orElse(s.advisor());
        List<Product> products = s.products().stream().flatMap(id -> registry.product(id).stream()).toList();
        if (selections.markOpened(s.id(), now) == 1) {
            Phrase text = MomentTexts.selectionOpened(c.firstName(), advisor, products.size());
            moments.append(new Moment(null, s.storeId(), now, MomentKind.SELECTION_OPENED, text, c.id(),
                    c.approachability().code(), null, null, null, null, null, s.advisor()));
        }
        return new Outcome.Opened(s, c.firstName(), c.language(), advisor, products);
    }
}
