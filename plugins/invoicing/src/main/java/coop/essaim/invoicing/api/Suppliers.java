package coop.essaim.invoicing.api;

import coop.essaim.api.security.UserContext;

import java.util.List;
import java.util.Optional;

/**
 * Service: the suppliers of the actor's activities, with the same rules as {@link Customers}: reading needs
 * {@link InvoicingPermissions#VIEW} and the activity in reach, writing {@link InvoicingPermissions#WRITE} too; a
 * supplier out of reach is reported as not found; bad input names the field and changes nothing.
 */
public interface Suppliers {

    Supplier create(UserContext actor, long activityId, SupplierDetails details);

    Supplier change(UserContext actor, long supplierId, SupplierDetails details);

    Optional<Supplier> find(UserContext actor, long supplierId);

    /** The activity's suppliers by name. */
    List<Supplier> list(UserContext actor, long activityId);
}
