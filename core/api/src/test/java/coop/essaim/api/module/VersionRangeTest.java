package coop.essaim.api.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionRangeTest {

    @Test
    void anyVersionSatisfiesStarOrBlank() {
        assertTrue(VersionRange.satisfies("0.1.0", "*"));
        assertTrue(VersionRange.satisfies("0.1.0", ""));
        assertTrue(VersionRange.satisfies("0.1.0", null));
    }

    @Test
    void comparesNumericallyNotAlphabetically() {
        assertTrue(VersionRange.compare("0.10.0", "0.9.0") > 0);
        assertEquals(0, VersionRange.compare("1.2", "1.2.0"));
        assertEquals(0, VersionRange.compare("0.1.0-SNAPSHOT", "0.1.0"));
    }

    @Test
    void operatorsAndConjunctions() {
        assertTrue(VersionRange.satisfies("0.1.0", ">=0.1.0"));
        assertFalse(VersionRange.satisfies("0.1.0", ">0.1.0"));
        assertTrue(VersionRange.satisfies("0.5.3", ">=0.1.0 & <1.0.0"));
        assertFalse(VersionRange.satisfies("1.0.0", ">=0.1.0 & <1.0.0"));
        assertTrue(VersionRange.satisfies("2.0.0", "2.0.0"));
        assertFalse(VersionRange.satisfies("2.0.1", "=2.0.0"));
        assertTrue(VersionRange.satisfies("2.0.0", "<=2.0.0"));
    }

    @Test
    void malformedVersionNamesThePart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VersionRange.satisfies("1.x.0", ">=1.0.0"));
        assertTrue(e.getMessage().contains("'x' is not a number"), e.getMessage());
    }
}
