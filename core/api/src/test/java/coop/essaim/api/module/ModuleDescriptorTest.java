package coop.essaim.api.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    private static Manifest manifest(String... headers) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (int i = 0; i < headers.length; i += 2) {
            a.putValue(headers[i], headers[i + 1]);
        }
        return m;
    }

    @Test
    void readsThePf4jHeadersBothHostsShare() {
        ModuleDescriptor d = ModuleDescriptor.fromManifest(manifest(
                "Plugin-Id", "invoicing", "Plugin-Version", "0.3.0", "Plugin-Requires", ">=0.1.0",
                "Plugin-Dependencies", "country-fr@>=0.1.0, reporting?", "Bundle-Name", "Invoicing",
                "Essaim-Messages", "coop.essaim.invoicing.messages"));
        assertEquals("invoicing", d.id());
        assertEquals("0.3.0", d.version());
        assertEquals("Invoicing", d.name());
        assertEquals(">=0.1.0", d.requiresCore());
        assertEquals(List.of(new ModuleDependency("country-fr", ">=0.1.0", false),
                new ModuleDependency("reporting", "*", true)), d.dependencies());
        assertEquals("coop.essaim.invoicing.messages", d.messagesBundle());
    }

    @Test
    void descriptionWinsOverBundleNameAndDefaultsApply() {
        ModuleDescriptor d = ModuleDescriptor.fromManifest(manifest(
                "Plugin-Id", "payroll", "Plugin-Version", "1.0.0", "Plugin-Description", "Payroll engine",
                "Bundle-Name", "ignored"));
        assertEquals("Payroll engine", d.name());
        assertEquals("*", d.requiresCore());
        assertTrue(d.dependencies().isEmpty());
    }

    @Test
    void aPlainLibraryIsNotAModule() {
        assertFalse(ModuleDescriptor.isModule(manifest("Bundle-SymbolicName", "org.example.lib")));
        assertTrue(ModuleDescriptor.isModule(manifest("Plugin-Id", "x1", "Plugin-Version", "1")));
    }

    @Test
    void badHeadersAreNamedInTheError() {
        IllegalArgumentException noVersion = assertThrows(IllegalArgumentException.class,
                () -> ModuleDescriptor.fromManifest(manifest("Plugin-Id", "sample")));
        assertTrue(noVersion.getMessage().contains("Plugin-Version"), noVersion.getMessage());
        IllegalArgumentException badId = assertThrows(IllegalArgumentException.class,
                () -> ModuleDescriptor.fromManifest(manifest("Plugin-Id", "Bad Id", "Plugin-Version", "1.0.0")));
        assertTrue(badId.getMessage().contains("Plugin-Id 'Bad Id'"), badId.getMessage());
    }
}
