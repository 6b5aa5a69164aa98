package coop.essaim.host.osgi.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrameworkConfigTest {

    @Test
    void installationPropertiesPointIntoHomeAndData() {
        Map<String, String> cfg = FrameworkConfig.forInstallation(
                LaunchArguments.parse("--home", "/srv/e", "--port", "8181", "--bind", "10.0.0.5", "--demo"));
        assertEquals("/srv/e/data/felix-cache", cfg.get("org.osgi.framework.storage"));
        assertEquals("onFirstInit", cfg.get("org.osgi.framework.storage.clean"));
        assertEquals("/srv/e/plugins", cfg.get(FrameworkConfig.FILEINSTALL_DIR));
        assertEquals("8181", cfg.get(FrameworkConfig.HTTP_PORT));
        assertEquals("10.0.0.5", cfg.get(FrameworkConfig.HTTP_HOST));
        assertEquals("/srv/e", cfg.get(FrameworkConfig.HOME));
        assertEquals("/srv/e/data", cfg.get(FrameworkConfig.DATA));
        assertEquals("true", cfg.get(FrameworkConfig.DEMO));
    }

    @Test
    void sharedPropertiesCarryTheWicketWorkarounds() {
        Map<String, String> cfg = FrameworkConfig.shared();
        assertEquals("jakarta.xml.parsers", cfg.get("org.osgi.framework.system.packages.extra"));
        assertTrue(cfg.get("org.osgi.framework.bootdelegation").contains("javax.crypto"));
        assertEquals("1000", cfg.get("felix.fileinstall.poll"));
    }

    @Test
    void essaimFwPrefixOverridesAnyFrameworkProperty() {
        System.setProperty("essaim.fw.felix.fileinstall.poll", "250");
        try {
            assertEquals("250", FrameworkConfig.forInstallation(LaunchArguments.parse()).get("felix.fileinstall.poll"));
        } finally {
            System.clearProperty("essaim.fw.felix.fileinstall.poll");
        }
    }
}
