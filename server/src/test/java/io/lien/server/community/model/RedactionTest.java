package io.lien.server.community.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RedactionTest {

    private static final List<String> CAMILLE = Arrays.asList("Camille", "Laurent", "camille.laurent@example.org", "+33 6 12 34 56 78");

    @Test
    void theAuthorsOwnNamesNeverReachASharedScreen() {
        assertEquals("… here: the belt loops are fragile.", Redaction.forSharedScreens("Camille here: the belt loops are fragile.", CAMILLE));
        assertEquals("Signed … … — runs small.", Redaction.forSharedScreens("Signed CAMILLE laurent — runs small.", CAMILLE));
    }

    @Test
    void anythingShapedLikeAnEmailOrAPhoneNumberIsTakenOutWhoeverItIs() {
        assertEquals("Write to me at … or call …, it fits!",
                Redaction.forSharedScreens("Write to me at someone.else@mail.fr or call 06 11 22 33 44, it fits!", List.of()));
    }

    @Test
    void wordsAboutTheGarmentStayAsTheyAre() {
        String words = "Size 38 fits a 40; the camel is warmer than it looks. 100% wool.";
        assertEquals(words, Redaction.forSharedScreens(words, Arrays.asList("Camille", null, "", "x")));
    }
}
