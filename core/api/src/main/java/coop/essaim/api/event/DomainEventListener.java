package coop.essaim.api.event;

import java.util.Set;

/**
 * Extension point: reacts to domain events of other modules (for example the people core telling that a
 * person became salaried). The core calls {@link #on} after the transaction that published the event
 * committed, on the publishing thread, for the {@link #types()} the listener asked for; an exception is
 * logged with the module and event and does not undo the event nor stop other listeners.
 */
public interface DomainEventListener {

    /** Event types wanted; an entry ending in {@code .*} takes a whole prefix. */
    Set<String> types();

    void on(DomainEvent event);
}
