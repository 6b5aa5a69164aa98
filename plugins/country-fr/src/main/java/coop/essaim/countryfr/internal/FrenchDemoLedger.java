package coop.essaim.countryfr.internal;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.countryfr.api.FrenchAccounts.BANK;
import static coop.essaim.countryfr.api.FrenchAccounts.CUSTOMERS;
import static coop.essaim.countryfr.api.FrenchAccounts.SERVICES_SOLD;
import static coop.essaim.countryfr.api.FrenchAccounts.SUPPLIERS;
import static coop.essaim.countryfr.api.FrenchAccounts.SUPPLIES;
import static coop.essaim.countryfr.api.FrenchAccounts.VAT_COLLECTED;
import static coop.essaim.countryfr.api.FrenchAccounts.VAT_DEDUCTIBLE;

/**
 * The demo cooperative's books, posted by its accountant on the French chart: Jeanne's first three months as
 * the domain guide tells them (three invoices of 400 € excl. VAT, 280 € of fabric, two invoices paid: 800 €
 * available, a treasury that leaves out the unpaid third), and an invoice for each other open activity, every
 * other one paid. Amounts and dates are fixed, so the demo reads the same every time.
 */
public final class FrenchDemoLedger implements DemoData {

    static final String JEANNE_ACTIVITY = "Couture Jeanne";
    private static final LocalDate JEANNE_START = LocalDate.of(2026, 2, 2);

    private final ModuleContext module;

    public FrenchDemoLedger(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void load(DemoContext context) {
        if (!"FR".equals(context.country())) {
            return; // the demo cooperative of another country: its own plugin says who it is
        }
        UserContext accountant = context.actingAs(CoreRoles.ACCOUNTANT);
        Ledger ledger = module.service(Ledger.class);
        List<Activity> open = module.service(Activities.class).list(context.actingAs(CoreRoles.ADMINISTRATOR), null,
                ActivityStatus.ACTIVE);
        Books books = new Books(ledger, accountant, context.cooperativeId());
        int other = 0;
        for (Activity a : open) {
            if (a.name().equals(JEANNE_ACTIVITY)) {
                jeanne(books, a.id());
            } else {
                other++;
                long amount = (3 + (other * 7L) % 9) * 10_000;
                LocalDate day = LocalDate.of(2026, 9, 1).plusDays(other % 28);
                books.invoice("D-" + a.analyticCode(), day, a.id(), amount);
                if (other % 2 == 0) {
                    books.paid("D-" + a.analyticCode(), day.plusDays(30), a.id(), amount);
                }
            }
        }
    }

    private static void jeanne(Books books, long activity) {
        books.invoice("F-2026-0001", JEANNE_START.plusDays(18), activity, 40_000);
        books.invoice("F-2026-0002", JEANNE_START.plusMonths(1).plusDays(18), activity, 40_000);
        books.invoice("F-2026-0003", JEANNE_START.plusMonths(2).plusDays(18), activity, 40_000);
        books.purchase("A-2026-0001", JEANNE_START.plusMonths(1).plusDays(3), activity, "Tissus et fils", 28_000);
        books.paid("F-2026-0001", JEANNE_START.plusMonths(1).plusDays(5), activity, 40_000);
        books.paid("F-2026-0002", JEANNE_START.plusMonths(2).plusDays(5), activity, 40_000);
        books.paidSupplier("A-2026-0001", JEANNE_START.plusMonths(2).plusDays(1), activity, 28_000);
    }

    /** Entries in euros with French VAT at 20 %, keyed so a rerun posts nothing twice. */
    private record Books(Ledger ledger, UserContext user, long coop) {

        void invoice(String piece, LocalDate day, long activity, long exclVat) {
            long vat = exclVat / 5;
            post(JournalCode.SALES, piece, day, "Facture " + piece, PostingLine.debit(CUSTOMERS, activity,
                    eur(exclVat + vat)), PostingLine.credit(SERVICES_SOLD, activity, eur(exclVat)),
                    PostingLine.credit(VAT_COLLECTED, activity, eur(vat)));
        }

        void purchase(String piece, LocalDate day, long activity, String label, long exclVat) {
            long vat = exclVat / 5;
            post(JournalCode.PURCHASES, piece, day, label, PostingLine.debit(SUPPLIES, activity, eur(exclVat)),
                    PostingLine.debit(VAT_DEDUCTIBLE, activity, eur(vat)),
                    PostingLine.credit(SUPPLIERS, activity, eur(exclVat + vat)));
        }

        void paid(String invoice, LocalDate day, long activity, long exclVat) {
            long total = exclVat + exclVat / 5;
            post(JournalCode.BANK, "R-" + invoice, day, "Règlement " + invoice, PostingLine.debit(BANK, activity,
                    eur(total)), PostingLine.credit(CUSTOMERS, activity, eur(total)));
        }

        void paidSupplier(String invoice, LocalDate day, long activity, long exclVat) {
            long total = exclVat + exclVat / 5;
            post(JournalCode.BANK, "P-" + invoice, day, "Paiement " + invoice, PostingLine.debit(SUPPLIERS, activity,
                    eur(total)), PostingLine.credit(BANK, activity, eur(total)));
        }

        private void post(JournalCode journal, String piece, LocalDate day, String label, PostingLine... lines) {
            ledger.post(user, new EntryDraft(coop, journal, day, piece, day, label, List.of(lines),
                    "country-fr:demo:" + piece));
        }

        private static Money eur(long cents) {
            return Money.of(cents, "EUR");
        }
    }
}
