package coop.essaim.invoicing.internal.demo;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.AccountKind;
import coop.essaim.api.ledger.AccountRole;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.module.ModuleCatalog;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.sales.VatRate;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.internal.Invoicing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the demo's sales and purchases take from the demo cooperative's country, read from its country plugin's
 * extensions rather than from one country's constants: the standard VAT rate of the whole demo period, the
 * expense accounts purchases go to (those of {@link #PREFERRED_EXPENSES} the chart has, then its other general
 * expense accounts), and the town of the cooperative's first site for the addresses of customers and suppliers.
 */
record DemoPlace(String country, String vatCode, List<Account> expenses, Address town) {

    /** Office supplies, small equipment, printing, telephone in the French PCG: the demo's usual purchases. */
    static final List<String> PREFERRED_EXPENSES = List.of("606400", "606000", "623000", "626000");
    private static final int EXPENSES = 4;

    static DemoPlace of(ModuleContext module, UserContext compta, UserContext admin, LocalDate since) {
        Invoicing invoicing = Invoicing.of(module);
        String country = invoicing.rulebook().cooperative(compta).country();
        LocalDate today = LocalDate.now();
        VatRate standard = invoicing.rulebook().standardRate(compta, since, today);
        List<Account> chart = module.service(ModuleCatalog.class).implementations(ChartOfAccounts.class).stream()
                .filter(c -> c.country().equals(country)).findFirst()
                .map(ChartOfAccounts::accounts).orElse(List.of());
        List<Account> general = chart.stream()
                .filter(a -> a.kind() == AccountKind.EXPENSE && a.role() == AccountRole.GENERAL)
                .sorted(Comparator.comparing(Account::code)).toList();
        List<Account> expenses = new ArrayList<>();
        PREFERRED_EXPENSES.forEach(code -> general.stream().filter(a -> a.code().equals(code)).findFirst()
                .ifPresent(expenses::add));
        general.stream().filter(a -> !expenses.contains(a)).limit(Math.max(0, EXPENSES - expenses.size()))
                .forEach(expenses::add);
        if (expenses.isEmpty()) {
            throw new IllegalStateException("the chart of accounts of " + country + " has no general expense account");
        }
        Address town = module.service(People.class).establishments(admin).stream().findFirst()
                .map(Establishment::address)
                .map(a -> new Address(null, a.postalCode(), a.city(), a.country()))
                .orElse(new Address(null, null, null, country));
        return new DemoPlace(country, standard.code(), List.copyOf(expenses), town);
    }

    /** A street of the town, numbered. */
    Address street(int number, String street) {
        return new Address(number + " " + street, town.postalCode(), town.city(), town.country());
    }
}
