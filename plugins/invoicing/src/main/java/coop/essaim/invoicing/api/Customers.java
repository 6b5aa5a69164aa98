package coop.essaim.invoicing.api;

import coop.essaim.api.security.UserContext;

import java.util.List;
import java.util.Optional;

/**
 * Service: the customers of the actor's activities. Reading needs {@link InvoicingPermissions#VIEW} and the
 * activity in reach (one's own, or any with {@link InvoicingPermissions#VIEW_ALL}); writing needs
 * {@link InvoicingPermissions#WRITE} too. A customer out of reach is reported as not found. Bad input is a
 * {@code ValidationException} naming the field, and changes nothing.
 */
public interface Customers {

    Customer create(UserContext actor, long activityId, CustomerDetails details);

    Customer change(UserContext actor, long customerId, CustomerDetails details);

    Optional<Customer> find(UserContext actor, long customerId);

    /** The activity's customers by name. */
    List<Customer> list(UserContext actor, long activityId);
}
