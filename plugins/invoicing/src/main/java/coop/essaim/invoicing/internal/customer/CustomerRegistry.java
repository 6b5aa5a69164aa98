package coop.essaim.invoicing.internal.customer;

import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.Customers;
import coop.essaim.invoicing.internal.Reach;
import coop.essaim.invoicing.internal.party.PartyRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/** The cooperative's customer registry, seen per activity. */
public final class CustomerRegistry extends PartyRegistry<CustomerEntity, Customer, CustomerDetails>
        implements Customers {

    public CustomerRegistry(ModuleStore store, Reach reach, Clock clock) {
        super(store, reach, clock, CustomerEntity.class, "InvoicingCustomer", "customer");
    }

    @Override
    protected CustomerDetails check(CustomerDetails details, Locale locale) {
        return CustomerRules.check(details, locale);
    }

    @Override
    protected CustomerEntity newEntity(long cooperativeId, long activityId, CustomerDetails checked, String login,
                                       Instant now) {
        return new CustomerEntity(cooperativeId, activityId, checked, login, now);
    }

    @Override
    protected void apply(CustomerEntity entity, CustomerDetails checked, String login, Instant now) {
        entity.change(checked, login, now);
    }

    @Override
    protected Customer toRecord(CustomerEntity entity) {
        return entity.toRecord();
    }
}
