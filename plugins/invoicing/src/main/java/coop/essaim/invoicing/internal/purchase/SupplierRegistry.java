package coop.essaim.invoicing.internal.purchase;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.api.Suppliers;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.party.PartyRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** The cooperative's supplier registry, seen per activity, like its customer registry. */
public final class SupplierRegistry extends PartyRegistry<SupplierEntity, Supplier, SupplierDetails>
        implements Suppliers {

    public SupplierRegistry(ModuleStore store, Reach reach, Clock clock) {
        super(store, reach, clock, SupplierEntity.class, "InvoicingSupplier", "supplier");
    }

    @Override
    protected SupplierDetails check(SupplierDetails details, Locale locale) {
        return SupplierRules.check(details, locale);
    }

    @Override
    protected SupplierEntity newEntity(long cooperativeId, long activityId, SupplierDetails checked, String login,
                                       Instant now) {
        return new SupplierEntity(cooperativeId, activityId, checked, login, now);
    }

    @Override
    protected void apply(SupplierEntity entity, SupplierDetails checked, String login, Instant now) {
        entity.change(checked, login, now);
    }

    @Override
    protected Supplier toRecord(SupplierEntity entity) {
        return entity.toRecord();
    }
}
