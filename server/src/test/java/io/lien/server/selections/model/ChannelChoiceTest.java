package io.lien.server.selections.model;

import io.lien.server.consent.model.ConsentKind;
import io.lien.server.consent.model.ConsentState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ChannelChoiceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ChannelChoice.Reachable BOTH = new ChannelChoice.Reachable(true, true);
    private static final Instant AFTERNOON = ZonedDateTime.of(2026, 11, 23, 15, 0, 0, 0, PARIS).toInstant();
    private static final Instant LATE = ZonedDateTime.of(2026, 11, 23, 22, 30, 0, 0, PARIS).toInstant();

    private static ConsentState given(String quietHours, ConsentKind... kinds) {
        List<ConsentState.Change> changes = new ArrayList<>();
        for (ConsentKind k : kinds) {
            changes.add(new ConsentState.Change(k, true, null, 1));
        }
        if (quietHours != null) {
            changes.add(new ConsentState.Change(ConsentKind.QUIET_HOURS, true, quietHours, 2));
        }
        return ConsentState.fold(true, changes);
    }

    @Test
    void thePreferredChannelIsUsedWhenTheClientAgreedToIt() {
        var choice = ChannelChoice.choose("whatsapp", given(null, ConsentKind.CONTACT_MESSAGING, ConsentKind.CONTACT_EMAIL), BOTH, AFTERNOON, PARIS);
        assertEquals(new ChannelChoice.Choice.Send("whatsapp", AFTERNOON.toEpochMilli()), choice);
    }

    @Test
    void anotherAgreedWrittenChannelIsUsedWhenThePreferredOneIsNotAgreed() {
        var choice = ChannelChoice.choose("sms", given(null, ConsentKind.CONTACT_EMAIL), BOTH, AFTERNOON, PARIS);
        assertEquals(new ChannelChoice.Choice.Send("email", AFTERNOON.toEpochMilli()), choice);
    }

    @Test
    void duringQuietHoursTheSelectionWaitsForTheirEndTheNextMorning() {
        var choice = ChannelChoice.choose("whatsapp", given("21:00-08:00", ConsentKind.CONTACT_MESSAGING), BOTH, LATE, PARIS);
        long eightNextMorning = ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, PARIS).toInstant().toEpochMilli();
        assertEquals(new ChannelChoice.Choice.Send("whatsapp", eightNextMorning), choice);
    }

    @Test
    void quietHoursAfterMidnightEndTheSameMorning() {
        Instant oneAm = ZonedDateTime.of(2026, 11, 24, 1, 0, 0, 0, PARIS).toInstant();
        var choice = ChannelChoice.choose("email", given("21:00-08:00", ConsentKind.CONTACT_EMAIL), BOTH, oneAm, PARIS);
        assertEquals(ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, PARIS).toInstant().toEpochMilli(),
                ((ChannelChoice.Choice.Send) choice).sendAfter());
    }

    @Test
    void noAgreedChannelNoAddressOrOnlyThePhoneMeansNoSending() {
        assertInstanceOf(ChannelChoice.Choice.NoChannel.class, ChannelChoice.choose("email", given(null), BOTH, AFTERNOON, PARIS));
        assertInstanceOf(ChannelChoice.Choice.NoChannel.class,
                ChannelChoice.choose("phone", given(null, ConsentKind.CONTACT_PHONE), BOTH, AFTERNOON, PARIS));
        assertInstanceOf(ChannelChoice.Choice.NoChannel.class, ChannelChoice.choose("email", given(null, ConsentKind.CONTACT_EMAIL),
                new ChannelChoice.Reachable(false, true), AFTERNOON, PARIS));
    }
}
