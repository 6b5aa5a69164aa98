package coop.essaim.host.osgi.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchArgumentsTest {

    @Test
    void defaultsPutDataUnderHomeOnLoopback8080() {
        LaunchArguments a = LaunchArguments.parse("--home", "/srv/essaim");
        assertEquals(Path.of("/srv/essaim"), a.home());
        assertEquals(Path.of("/srv/essaim/data"), a.data());
        assertEquals(8080, a.port());
        assertEquals("127.0.0.1", a.bindAddress());
        assertFalse(a.demo());
    }

    @Test
    void everyFlagIsRead() {
        LaunchArguments a = LaunchArguments.parse("--home", "/h", "--data", "/d/../data", "--port", "9090",
                "--bind", "0.0.0.0", "--demo");
        assertEquals(Path.of("/data"), a.data());
        assertEquals(9090, a.port());
        assertTrue(a.demo());
        assertEquals("http://127.0.0.1:9090/", a.localBaseUrl());
    }

    @Test
    void theDemoCountryIsATwoLetterCodeAndOnlyForTheDemo() {
        assertEquals("BE", LaunchArguments.parse("--demo", "--country", "be").demoCountry());
        assertEquals(null, LaunchArguments.parse("--demo").demoCountry());
        assertEquals("--country: expected a two-letter country code such as fr, be or ma, got 'bel'",
                assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse("--demo", "--country",
                        "bel")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse("--country", "be"))
                .getMessage().startsWith("--country: only with --demo"));
        assertEquals("MA", FrameworkConfig.forInstallation(LaunchArguments.parse("--demo", "--country", "MA"))
                .get(FrameworkConfig.DEMO_COUNTRY));
    }

    @Test
    void ipv6BindAddressIsBracketedInTheProbeUrl() {
        assertEquals("http://[::1]:8080/", LaunchArguments.parse("--bind", "::1").localBaseUrl());
    }

    @Test
    void malformedArgumentsNameTheArgument() {
        assertEquals("unknown argument '--verbose': expected --home DIR, --data DIR, --port N, --bind ADDRESS, --demo or"
                + " --country XX",
                assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse("--verbose")).getMessage());
        assertEquals("--port: expected a number from 1 to 65535, got '70000'",
                assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse("--port", "70000")).getMessage());
        assertEquals("--home: a value is expected after it",
                assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse("--home", "--demo")).getMessage());
        assertEquals("--data: a value is expected after it",
                assertThrows(IllegalArgumentException.class, () -> LaunchArguments.parse("--data")).getMessage());
    }
}
