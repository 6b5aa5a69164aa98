package coop.essaim.kernel.event;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.api.event.DomainEvents;
import coop.essaim.kernel.module.Extension;
import coop.essaim.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.Set;

/**
 * Delivers a domain event to the listeners of started modules, synchronously on the publishing thread.
 * Publishers call {@link #publish} after their transaction committed (the kernel's own services do), so a
 * listener never hears of a change that was rolled back. A listener that throws is logged with its module
 * and the event and does not keep the others from hearing it. While a listener runs, the thread's context
 * class loader is its module's, as libraries inside the module may expect.
 */
public final class KernelDomainEvents implements DomainEvents {

    private static final Logger LOG = LoggerFactory.getLogger(KernelDomainEvents.class);

    private final ModuleRegistry registry;

    public KernelDomainEvents(ModuleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        for (Extension<DomainEventListener> ext : registry.extensions(DomainEventListener.class)) {
            deliver(ext, event);
        }
    }

    private static void deliver(Extension<DomainEventListener> ext, DomainEvent event) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            thread.setContextClassLoader(ext.classLoader());
            if (wants(ext.instance().types(), event.type())) {
                ext.instance().on(event);
            }
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a module whose class loader is going away must not break the publisher
            LOG.error("module {}: listener {} failed on event {} of cooperative {}", ext.module().id(),
                    ext.instance().getClass().getName(), event.type(), event.cooperativeId(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Exact type, or a prefix entry such as {@code invoicing.*} that takes {@code invoicing.invoice.validated}. */
    static boolean wants(Set<String> types, String type) {
        if (types == null) {
            return false;
        }
        for (String wanted : types) {
            if (wanted == null) {
                continue;
            }
            if (wanted.equals(type)
                    || wanted.endsWith(".*") && type.startsWith(wanted.substring(0, wanted.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
