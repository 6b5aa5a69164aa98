package coop.essaim.kernel.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void tabsAndLineBreaksAreTextOtherControlCharactersAreNot() {
        assertTrue(PlainText.acceptable("Ligne 1\r\nLigne 2\tfin — é 😀"));
        assertTrue(PlainText.acceptable(null));
        assertEquals(3, PlainText.firstControl("abc\u0000def"));
        assertEquals("U+0000", PlainText.codeOf("abc\u0000def"));
        assertEquals("U+001B", PlainText.codeOf("\u001b[31m"));
        assertFalse(PlainText.acceptable("x\u007f"));
    }

    @Test
    void anAddressWithASpaceOrAControlCharacterIsNotPlausible() {
        assertTrue(EmailAddresses.plausible(" luc@metropole.example "));
        assertFalse(EmailAddresses.plausible("luc@\u0000metropole.example"));
        assertFalse(EmailAddresses.plausible("luc @metropole.example"));
        assertFalse(EmailAddresses.plausible("luc@metropole"));
        assertFalse(EmailAddresses.plausible(null));
    }
}
