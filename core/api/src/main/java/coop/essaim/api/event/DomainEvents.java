package coop.essaim.api.event;

/**
 * Service: publishes a domain event to every listening module, synchronously. Publish once the transaction
 * that made the fact true has committed (after {@code ModuleStore.run} returned), never inside it.
 */
public interface DomainEvents {

    void publish(DomainEvent event);
}
