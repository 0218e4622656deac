package io.lien.server.audit;

import io.lien.server.LegacyDatabase;
import io.lien.server.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The access log written before phrases: Lien's own reasons become phrases (read in French too), an advisor's words stay as typed. */
class AccessLogMigrationIT {

    @TempDir
    Path data;

    @Test
    void reasonsLienWroteReadInTheReadersLanguageAndTypedOnesAsTheyWereTyped() throws Exception {
        LegacyDatabase.migratedTo(data, "17").execute(
                "INSERT INTO client (id, first_name, last_name, pronoun, language, preferred_channel, presence_consent, approachability,"
                        + " created_at) VALUES ('c-old', 'Ana', 'Roy', 'she', 'fr', 'email', FALSE, 'not-said', 1)",
                "INSERT INTO profile_access (client_id, ts, actor, actor_name, actor_role, action, reason) VALUES"
                        + " ('c-old', 1, 'lea', 'Léa Dubois', 'ADVISOR', 'VIEW', 'client card'),"
                        + " ('c-old', 2, 'client', 'Ana Roy', 'SHOPPER', 'CHANGE', 'consent contact-email withdrawn by the client'),"
                        + " ('c-old', 3, 'lea', 'Léa Dubois', 'ADVISOR', 'CHANGE', 'consent presence given in person'),"
                        + " ('c-old', 4, 'lea', 'Léa Dubois', 'ADVISOR', 'VIEW', 'preparing her \"Saturday\" visit \\ {0}'),"
                        + " ('c-old', 5, 'mirror-1', 'mirror-1', 'DEVICE', 'CHANGE', 'approachability set to advice-welcome (was not-said): "
                        + "the client called an advisor at mirror-1')");
        try (ServerFixture server = ServerFixture.start(Map.of("lien.data-dir", data.toString(), "lien.demo.enabled", false))) {
            List<ProfileAccess> log = server.context().getBean(ProfileAudit.class).of("c-old");
            assertEquals(List.of("approachability set to advice-welcome (was not-said): the client called an advisor at mirror-1",
                            "preparing her \"Saturday\" visit \\ {0}", "consentement presence donné en personne",
                            "consentement contact-email retiré par le client", "fiche client"),
                    log.stream().map(a -> ProfileAudit.why(a, Locale.FRENCH)).toList(),
                    "Lien's own reasons in French; what someone typed, and a line the migration could not read, as written");
            assertEquals(List.of("approachability set to advice-welcome (was not-said): the client called an advisor at mirror-1",
                            "preparing her \"Saturday\" visit \\ {0}", "consent presence given in person",
                            "consent contact-email withdrawn by the client", "client card"),
                    log.stream().map(a -> ProfileAudit.why(a, Locale.ENGLISH)).toList(), "nothing lost: English reads as before");
        }
    }
}
