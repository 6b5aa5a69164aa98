package coop.essaim.kernel.mail;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs Jakarta Mail code with a context class loader that sees the mail and activation implementations.
 *
 * <p>Why: the mail and activation APIs find their implementations through the thread's context class loader
 * (java.util.ServiceLoader for {@code StreamProvider} and {@code MailcapRegistryProvider}, then
 * {@code META-INF/mailcap} and the {@code org.eclipse.angus.mail.handlers} classes that write each part). In
 * OSGi each of those jars is its own bundle and a page's thread has the web bundle or none as context loader,
 * so the lookups fail ("no object DCH for MIME type text/plain", angus-mail issue 148). This loader asks the
 * angus-mail and angus-activation bundles themselves, which see their own {@code META-INF} files, and the
 * kernel's. On a flat class path all three are the same loader and this changes nothing.
 */
final class MailLibraries extends ClassLoader {

    private final List<ClassLoader> libraries;

    MailLibraries() {
        super(null);
        Set<ClassLoader> loaders = new LinkedHashSet<>();
        loaders.add(org.eclipse.angus.mail.smtp.SMTPTransport.class.getClassLoader());
        loaders.add(org.eclipse.angus.activation.MailcapRegistryProviderImpl.class.getClassLoader());
        loaders.add(MailLibraries.class.getClassLoader());
        this.libraries = List.copyOf(loaders);
    }

    /** Calls {@code work} with this loader as the thread's context class loader, then puts the old one back. */
    <T> T call(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(this);
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        for (ClassLoader l : libraries) {
            try {
                return l.loadClass(name);
            } catch (ClassNotFoundException e) {
                // the next library may have it
            }
        }
        throw new ClassNotFoundException(name);
    }

    @Override
    protected URL findResource(String name) {
        for (ClassLoader l : libraries) {
            URL url = l.getResource(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) throws IOException {
        Set<URL> urls = new LinkedHashSet<>();
        for (ClassLoader l : libraries) {
            urls.addAll(Collections.list(l.getResources(name)));
        }
        return Collections.enumeration(new ArrayList<>(urls));
    }
}
