package io.lien.server.registry.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MosquittoPasswordHashTest {

    /** Written by Mosquitto 2.0.11's own tool: {@code mosquitto_passwd -b -c FILE gw-1@demo lien-demo-gw-1}. */
    private static final String FROM_MOSQUITTO_PASSWD =
            "$7$101$UjC7AWmZ9kva/c3p$VoHYmy+ZxpGqagAsxNq/XTnh3iKG6FlavIUto/XDfLE/C6yFI4liVmyGg+Jij3wPMLCMkyL48Gz5mFcLR2fOaw==";

    @Test
    void aHashWrittenByMosquittoPasswdIsReadAndChecked() {
        MosquittoPasswordHash hash = new MosquittoPasswordHash(FROM_MOSQUITTO_PASSWD);
        assertTrue(hash.matches("lien-demo-gw-1"));
        assertFalse(hash.matches("lien-demo-gw-2"));
    }

    @Test
    void liensOwnHashIsMosquittosFormatWithTheSameSaltAndRounds() {
        byte[] salt = java.util.Base64.getDecoder().decode("UjC7AWmZ9kva/c3p");
        assertEquals(FROM_MOSQUITTO_PASSWD, MosquittoPasswordHash.of("lien-demo-gw-1", salt, 101).text());
    }

    @Test
    void eachHashHasItsOwnSaltAndNeverShowsTheSecret() {
        MosquittoPasswordHash a = MosquittoPasswordHash.of("s3cret-s3cret-s3cret");
        MosquittoPasswordHash b = MosquittoPasswordHash.of("s3cret-s3cret-s3cret");
        assertNotEquals(a.text(), b.text());
        assertTrue(a.matches("s3cret-s3cret-s3cret") && b.matches("s3cret-s3cret-s3cret"));
        assertFalse(a.toString().contains(a.text()));
    }

    @Test
    void somethingElseIsRefusedAsAHash() {
        for (String text : new String[]{null, "", "$6$abc$def", "plain", "$7$101$short$short", FROM_MOSQUITTO_PASSWD + "\nuser:x"}) {
            assertThrows(IllegalArgumentException.class, () -> new MosquittoPasswordHash(text), String.valueOf(text));
        }
    }
}
