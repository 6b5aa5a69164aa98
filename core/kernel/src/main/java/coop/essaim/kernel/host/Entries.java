package coop.essaim.kernel.host;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;

/** Reads a module entry found through {@link ModuleSource#entry}. */
public final class Entries {

    private Entries() {
    }

    /**
     * Without the JDK's cache of open jar files: a module jar replaced under the same name (hot redeploy,
     * tests) must be read anew, and a cached handle would keep the old file open.
     */
    public static byte[] readBytes(URL url) throws IOException {
        URLConnection c = url.openConnection();
        c.setUseCaches(false);
        try (InputStream in = c.getInputStream()) {
            return in.readAllBytes();
        }
    }

    public static String readText(URL url) throws IOException {
        return new String(readBytes(url), StandardCharsets.UTF_8);
    }
}
