package coop.essaim.host.osgi.bridge;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BridgeSettingsTest {

    @Test
    void readsWhatTheLauncherSets() {
        BridgeSettings s = BridgeSettings.read(Map.of("essaim.home", "/srv/e", "essaim.data", "/var/e",
                "essaim.demo", "true", "org.osgi.service.http.port", "9090", "org.apache.felix.http.host", "0.0.0.0",
                "felix.fileinstall.dir", "/srv/e/plugins")::get);
        assertEquals(Path.of("/srv/e"), s.home());
        assertEquals(Path.of("/var/e/wicket"), s.pageStore());
        assertTrue(s.demo());
        assertEquals("osgi", s.environment().hostName());
        assertEquals("http://127.0.0.1:9090/", s.launchOptions().baseUrl());
    }

    @Test
    void defaultsFollowTheLauncherRules() {
        BridgeSettings s = BridgeSettings.read(Map.of("essaim.home", "/srv/e")::get);
        assertEquals(Path.of("/srv/e/data"), s.data());
        assertEquals(Path.of("/srv/e/plugins"), s.pluginsFolder());
        assertEquals(8080, s.port());
        assertEquals("127.0.0.1", s.bindAddress());
        assertFalse(s.demo());
    }

    @Test
    void withoutHomeTheBridgeRefusesToGuess() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BridgeSettings.read(k -> null));
        assertTrue(e.getMessage().contains("essaim.home"));
    }

    @Test
    void aMalformedPortIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BridgeSettings.read(
                Map.of("essaim.home", "/h", "org.osgi.service.http.port", "http")::get));
        assertTrue(e.getMessage().contains("'http'"));
    }
}
