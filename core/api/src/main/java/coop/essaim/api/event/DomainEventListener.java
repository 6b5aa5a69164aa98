package coop.essaim.api.event;

import java.util.Set;

/**
 * Extension point: reacts to domain events of other modules (for example the people core telling that a
 * person became salaried). The core calls {@link #on} synchronously, on the publishing thread, during
 * {@code DomainEvents.publish}, for the {@link #types()} the listener asked for; publishers publish after
 * their own transaction committed, so a listener never sees a fact that is later rolled back. An exception
 * is logged with the module and event and does not undo the event nor stop other listeners.
 */
public interface DomainEventListener {

    /** Event types wanted; an entry ending in {@code .*} takes a whole prefix. */
    Set<String> types();

    void on(DomainEvent event);
}
