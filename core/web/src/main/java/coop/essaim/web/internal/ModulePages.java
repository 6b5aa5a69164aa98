package coop.essaim.web.internal;

import coop.essaim.api.module.ModuleDescriptor;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleListener;
import coop.essaim.kernel.module.ModuleRegistry;
import org.apache.wicket.Application;
import org.apache.wicket.Page;
import org.apache.wicket.ThreadContext;
import org.apache.wicket.protocol.http.WebApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages modules declare ({@link PageContribution}), mounted at {@code /m/<module-id>/<path>} while their
 * module is started. Module events arrive on host threads, outside any request: this class binds the
 * application to the thread while it changes mounts and caches.
 */
public final class ModulePages implements ModuleListener {

    private static final Logger LOG = LoggerFactory.getLogger(ModulePages.class);

    /** A mounted module page; {@code mountPath} has no leading slash ({@code m/invoicing/customers}). */
    public record Declared(ModuleDescriptor module, PageDeclaration declaration, ClassLoader classLoader,
                           String mountPath) {
    }

    private final WebApplication application;
    private final ModuleRegistry modules;
    private final Map<String, List<Declared>> byModule = new ConcurrentHashMap<>();

    public ModulePages(WebApplication application, ModuleRegistry modules) {
        this.application = application;
        this.modules = modules;
    }

    /** Listens to module events and mounts the pages of the modules already started. */
    public void attach() {
        modules.addListener(this);
        List<String> started = new ArrayList<>();
        for (Extension<PageContribution> e : modules.extensions(PageContribution.class)) {
            if (!started.contains(e.module().id())) {
                started.add(e.module().id());
            }
        }
        started.forEach(this::mount);
    }

    public void detach() {
        modules.removeListener(this);
    }

    @Override
    public void started(ModuleDescriptor module) {
        mount(module.id());
    }

    @Override
    public void stopped(ModuleDescriptor module) {
        withApplication(() -> {
            unmount(module.id());
            // Wicket would otherwise keep markup and translations read through the dead class loader
            application.getMarkupSettings().getMarkupFactory().getMarkupCache().clear();
            application.getResourceSettings().getPropertiesFactory().clearCache();
            application.getResourceSettings().getLocalizer().clearCache();
        });
    }

    /** The declaration of a page class of a started module, if a module declared it. */
    public Optional<Declared> declarationOf(Class<?> pageClass) {
        for (List<Declared> pages : byModule.values()) {
            for (Declared d : pages) {
                if (d.declaration().pageClass() == pageClass) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** Every mounted module page, in module order. */
    public List<Declared> all() {
        List<Declared> out = new ArrayList<>();
        for (Extension<PageContribution> e : modules.extensions(PageContribution.class)) {
            List<Declared> pages = byModule.get(e.module().id());
            if (pages != null) {
                pages.stream().filter(d -> !out.contains(d)).forEach(out::add);
            }
        }
        return out;
    }

    private synchronized void mount(String moduleId) {
        withApplication(() -> {
            unmount(moduleId); // a module installed again replaces its previous pages
            List<Declared> mounted = new ArrayList<>();
            for (Extension<PageContribution> e : modules.extensions(PageContribution.class)) {
                if (e.module().id().equals(moduleId)) {
                    mounted.addAll(mountAll(e));
                }
            }
            if (!mounted.isEmpty()) {
                byModule.put(moduleId, List.copyOf(mounted));
                LOG.info("module {}: mounted {} page(s)", moduleId, mounted.size());
            }
        });
    }

    private List<Declared> mountAll(Extension<PageContribution> extension) {
        List<Declared> mounted = new ArrayList<>();
        ModuleDescriptor module = extension.module();
        List<PageDeclaration> declarations;
        try {
            declarations = extension.instance().pages();
        } catch (RuntimeException e) {
            LOG.error("module {}: its PageContribution failed, its pages are not mounted", module.id(), e);
            return mounted;
        }
        for (PageDeclaration d : declarations) {
            if (!Page.class.isAssignableFrom(d.pageClass())) {
                LOG.error("module {}: {} declared at '{}' is not a Wicket page, not mounted", module.id(),
                        d.pageClass().getName(), d.path());
                continue;
            }
            String path = "m/" + module.id() + "/" + d.path();
            application.mountPage("/" + path, d.pageClass().asSubclass(Page.class));
            mounted.add(new Declared(module, d, extension.classLoader(), path));
        }
        return mounted;
    }

    private synchronized void unmount(String moduleId) {
        List<Declared> previous = byModule.remove(moduleId);
        if (previous != null) {
            for (Declared d : previous) {
                application.unmount(d.mountPath());
                ModuleMessages.forget(d.classLoader());
            }
            LOG.info("module {}: unmounted {} page(s)", moduleId, previous.size());
        }
    }

    private void withApplication(Runnable action) {
        boolean bound = ThreadContext.getApplication() == application;
        Application previous = ThreadContext.getApplication();
        if (!bound) {
            ThreadContext.setApplication(application);
        }
        try {
            action.run();
        } finally {
            if (!bound) {
                ThreadContext.setApplication(previous);
            }
        }
    }
}
