package coop.essaim.api.event;

/** Service: publishes a domain event to every listening module. */
public interface DomainEvents {

    void publish(DomainEvent event);
}
