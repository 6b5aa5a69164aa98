package coop.essaim.host.osgi.bridge;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BundleModuleSourceTest {

    @Test
    void locationIsTheJarFileName() {
        assertEquals("invoicing-1.0.0.jar", BundleModuleSource.fileName("file:/srv/essaim/plugins/invoicing-1.0.0.jar"));
        assertEquals("invoicing.jar", BundleModuleSource.fileName("file:/srv/essaim/plugins/invoicing.jar?start=true"));
        assertEquals("kernel.jar", BundleModuleSource.fileName("reference:file:kernel.jar"));
        assertEquals("x.jar", BundleModuleSource.fileName("file:C:\\essaim\\plugins\\x.jar"));
    }
}
