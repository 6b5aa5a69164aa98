package coop.essaim.kernel.event;

import coop.essaim.api.event.DomainEvent;
import coop.essaim.api.event.DomainEventListener;
import coop.essaim.kernel.servicetesting.FakeModuleRegistry;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dispatch needs no database: the registry alone decides who hears what. */
class KernelDomainEventsTest {

    private final FakeModuleRegistry registry = new FakeModuleRegistry();
    private final KernelDomainEvents events = new KernelDomainEvents(registry);
    private final List<String> heard = new CopyOnWriteArrayList<>();

    private DomainEventListener listener(String name, Set<String> types) {
        return new DomainEventListener() {
            public Set<String> types() {
                return types;
            }

            public void on(DomainEvent event) {
                heard.add(name + " " + event.type());
            }
        };
    }

    private static DomainEvent event(String type) {
        return new DomainEvent(type, 1L, 7L, Instant.parse("2026-03-02T09:00:00Z"), Map.of("personId", "12"));
    }

    @Test
    void listenersHearTheirExactTypesAndPrefixes() {
        registry.add("payroll", DomainEventListener.class, listener("exact", Set.of("people.person.salaried")));
        registry.add("reporting", DomainEventListener.class, listener("prefix", Set.of("people.*")));
        registry.add("governance", DomainEventListener.class, listener("other", Set.of("invoicing.*", "people.person")));

        events.publish(event("people.person.salaried"));
        events.publish(event("peoplex.person.salaried"));

        assertEquals(List.of("exact people.person.salaried", "prefix people.person.salaried"), heard);
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        registry.add("broken", DomainEventListener.class, new DomainEventListener() {
            public Set<String> types() {
                return Set.of("people.*");
            }

            public void on(DomainEvent event) {
                throw new IllegalStateException("listener bug");
            }
        });
        registry.add("alsobroken", DomainEventListener.class, new DomainEventListener() {
            public Set<String> types() {
                throw new NoClassDefFoundError("coop/essaim/gone/Type");
            }

            public void on(DomainEvent event) {
            }
        });
        registry.add("reporting", DomainEventListener.class, listener("after", Set.of("people.*")));

        events.publish(event("people.person.left"));

        assertEquals(List.of("after people.person.left"), heard);
    }

    @Test
    void aListenerRunsWithItsModulesContextClassLoader() throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader moduleLoader = new URLClassLoader(new URL[0], getClass().getClassLoader())) {
            List<ClassLoader> seen = new CopyOnWriteArrayList<>();
            registry.add("people", DomainEventListener.class, new DomainEventListener() {
                public Set<String> types() {
                    return Set.of("people.*");
                }

                public void on(DomainEvent event) {
                    seen.add(Thread.currentThread().getContextClassLoader());
                }
            }, moduleLoader);

            events.publish(event("people.person.joined"));

            assertSame(moduleLoader, seen.get(0));
        }
        assertSame(before, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void prefixesMatchOnWholeSegments() {
        assertTrue(KernelDomainEvents.wants(Set.of("core.*"), "core.user.created"));
        assertFalse(KernelDomainEvents.wants(Set.of("core.*"), "coreless.user.created"));
        assertFalse(KernelDomainEvents.wants(Set.of("core.user"), "core.user.created"));
        assertFalse(KernelDomainEvents.wants(null, "core.user.created"));
    }
}
