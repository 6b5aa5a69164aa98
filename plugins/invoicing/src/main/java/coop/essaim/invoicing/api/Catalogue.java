package coop.essaim.invoicing.api;

import coop.essaim.api.security.UserContext;

import java.util.List;
import java.util.Optional;

/**
 * Service: each activity's catalogue of products and services, from which invoice lines are filled. Reading needs
 * {@link InvoicingPermissions#VIEW} and the activity in reach (one's own, or any with
 * {@link InvoicingPermissions#VIEW_ALL}); writing needs {@link InvoicingPermissions#WRITE} too. An item out of
 * reach is reported as not found. Items are never deleted, only archived: a document may have been filled from
 * one, and an archived item's name may be used again. Bad input is a {@code ValidationException} naming the field
 * ({@code name}, {@code description}, {@code kind}, {@code unitCode}, {@code unitPrice}, {@code vatCode},
 * {@code reference}), and changes nothing.
 */
public interface Catalogue {

    /** The units an item is sold by, UN/ECE recommendation 20 codes as on invoice lines: unit, hour, day... */
    List<String> UNITS = List.of("C62", "HUR", "DAY", "MON", "MTR", "KGM", "LTR", "KMT");

    CatalogueItem create(UserContext actor, long activityId, CatalogueItemDetails details);

    /** Changes an item that is not archived; documents already filled from it keep what they were filled with. */
    CatalogueItem change(UserContext actor, long itemId, CatalogueItemDetails details);

    /** Archives an item (again: nothing changes): it is no longer offered. */
    CatalogueItem archive(UserContext actor, long itemId);

    Optional<CatalogueItem> find(UserContext actor, long itemId);

    /** The activity's items by name, the archived ones too when {@code withArchived}. */
    List<CatalogueItem> list(UserContext actor, long activityId, boolean withArchived);
}
