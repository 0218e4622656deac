package io.lien.server.selections.application;

import java.time.Duration;
import jakarta.inject.Named;
import io.micronaut.scheduling.TaskScheduler;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.context.event.StartupEvent;
import io.lien.server.settings.SelectionSettings;
import io.lien.server.settings.LienSettings;
import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.clients.Client;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.i18n.Languages;
import io.lien.server.i18n.Texts;
import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.registry.DeviceRegistry;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.selections.model.ChannelChoice;
import io.lien.server.messages.application.Letter;
import io.lien.server.messages.application.Messenger;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Sends the selections that are due: at once when created outside quiet hours, else when the
 * client's quiet hours end. Consent is read again at sending time: withdrawn since, the selection
 * is withheld, never sent.
 */
@Singleton
public class SelectionDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(SelectionDispatch.class);

    private final SelectionRepository selections;
    private final ClientDirectory clients;
    private final ConsentLedger consents;
    private final AdvisorRepository advisors;
    private final DeviceRegistry registry;
    private final Messenger channel;
    private final String publicUrl;
    private final TaskScheduler scheduler;
    private final Duration sendEvery;

    SelectionDispatch(SelectionRepository selections, ClientDirectory clients, ConsentLedger consents,
                      AdvisorRepository advisors, DeviceRegistry registry, Messenger channel,
                      LienSettings settings, SelectionSettings timing,
                      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler) {
        this.scheduler = scheduler;
        this.sendEvery = timing.sendEvery();
        this.selections = selections;
        this.clients = clients;
        this.consents = consents;
        this.advisors = advisors;
        this.registry = registry;
        this.channel = channel;
        this.publicUrl = settings.baseUrl();
    }

    public String link(Selection s) {
        return publicUrl + "/s/" + s.id();
    }

    @EventListener
    void schedule(StartupEvent started) {
        scheduler.scheduleWithFixedDelay(sendEvery, sendEvery, this::sendDue);
    }

    public synchronized void sendDue() {
        long now = System.currentTimeMillis();
        for (Selection s : selections.findBySentAtIsNullAndSendAfterLessThanEqualsOrderBySendAfterAsc(now)) {
            try {
                sendOne(s, now);
            } catch (RuntimeException e) {
                LOG.warn("Selection {} not sent yet, tried again later: {}", s.id(), e.toString());
            }
        }
    }

    private void sendOne(Selection s, long now) {
        Optional<Client> client = clients.find(s.clientId());
        Optional<ConsentLedger.Ledger> ledger = consents.ledger(s.clientId());
        if (client.isEmpty() || ledger.isEmpty()) {
            return;
        }
        Client c = client.get();
        ZoneId zone = registry.timeZone(s.storeId());
        if (!ledger.get().state().mayContact(s.channel(), Instant.ofEpochMilli(now).atZone(zone).toLocalTime())) {
            ChannelChoice.Choice again = ChannelChoice.choose(c.preferredChannel(), ledger.get().state(),
                    new ChannelChoice.Reachable(c.email() != null, c.phone() != null), Instant.ofEpochMilli(now), zone);
            if (again instanceof ChannelChoice.Choice.NoChannel) {
                selections.withhold(s.id(), now);
                LOG.info("Selection {} withheld: the client's consent no longer allows it", s.id());
            }
            return;
        }
        String address = s.channel().equals("email") ? c.email() : c.phone();
        String advisor = advisors.findById(s.advisor()).map(Advisor::firstName).orElse(s.advisor());
        Texts words = Texts.of(Languages.all().nearest(c.language()));
        channel.send(new Letter("selection-" + s.id(), s.channel(), address, words.t("contact.selection.subject", advisor),
                message(c.language(), c.firstName(), advisor, s.products().size(), link(s))));
        selections.updateSentAt(s.id(), now);
    }

    /** The message a client receives, in their language (the nearest Lien speaks): it is theirs, whoever sends it. */
    static String message(String language, String firstName, String advisor, int pieces, String link) {
        return Texts.of(Languages.all().nearest(language)).t("contact.selection", firstName, advisor, pieces, link);
    }
}
