package io.lien.server.selections.model;

import io.lien.server.consent.model.ConsentState;
import io.lien.server.consent.model.QuietHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where and when a selection may reach a client: their preferred channel if they agreed to it,
 * otherwise another written channel they agreed to, never during their quiet hours (it waits for
 * the end of them). A phone call carries no link, so it never carries a selection.
 */
public final class ChannelChoice {

    /** Written channels, in the order tried after the client's preferred one. */
    static final List<String> WRITTEN = List.of("email", "whatsapp", "sms");

    public sealed interface Choice {
        /** @param sendAfter now, or the end of the client's quiet hours */
        record Send(String channel, long sendAfter) implements Choice {
        }

        /** {@code why}: a message key, the same for every client. */
        record NoChannel(String why) implements Choice {
        }
    }

    /** What the client can be reached at: a channel with no address on file is no channel. */
    public record Reachable(boolean email, boolean phone) {
        boolean has(String channel) {
            return channel.equals("email") ? email : phone;
        }
    }

    private ChannelChoice() {
    }

    public static Choice choose(String preferred, ConsentState consents, Reachable reachable, Instant now, ZoneId zone) {
        List<String> order = new ArrayList<>();
        if (WRITTEN.contains(preferred)) {
            order.add(preferred);
        }
        WRITTEN.stream().filter(c -> !c.equals(preferred)).forEach(order::add);
        for (String channel : order) {
            if (consents.mayContact(channel, now.atZone(zone).toLocalTime())
                    && reachable.has(channel)) {
                return new Choice.Send(channel, now.toEpochMilli());
            }
            if (reachable.has(channel) && consents.mayContact(channel, outside(consents.quietHours()))) {
                return new Choice.Send(channel, endOf(consents.quietHours().orElseThrow(), now, zone));
            }
        }
        return new Choice.NoChannel("problem.selection.no-channel");
    }

    /** A time outside the quiet hours, to ask "would this channel be allowed at all?". */
    private static LocalTime outside(Optional<QuietHours> quiet) {
        return quiet.map(QuietHours::to).orElse(LocalTime.NOON);
    }

    /** The next end of the quiet hours after now, in the client's zone. */
    public static long endOf(QuietHours quiet, Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalDate();
        ZonedDateTime end = LocalDateTime.of(day, quiet.to()).atZone(zone);
        if (!end.isAfter(local)) {
            end = LocalDateTime.of(day.plusDays(1), quiet.to()).atZone(zone);
        }
        return end.toInstant().toEpochMilli();
    }
}
