package coop.essaim.invoicing.internal.demo;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.Quotes;
import coop.essaim.invoicing.internal.Invoicing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * The demo's quotes: for each open activity but Jeanne's, five quotes to its first customer, one in each state a
 * cooperative meets: a draft, a quote sent today, one that expired unanswered, one refused, and one accepted whose
 * deposit invoice was validated and paid. Run after the invoices (order 390) so the deposit invoice, dated today,
 * comes after every demo invoice in the number series.
 */
public final class QuotesDemo implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(QuotesDemo.class);
    private static final String[] WORK = {"Atelier de deux jours", "Refonte de l’identité visuelle",
        "Formation sur site", "Accompagnement trimestriel", "Étude préalable"};

    private final ModuleContext module;

    public QuotesDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 390;
    }

    @Override
    public void load(DemoContext context) {
        UserContext compta = context.actingAs(CoreRoles.ACCOUNTANT);
        Invoicing invoicing = Invoicing.of(module, Clock.systemDefaultZone());
        Currency eur = Currency.getInstance(invoicing.rulebook().cooperative(compta).currency());
        List<Activity> open = module.service(Activities.class).list(context.actingAs(CoreRoles.ADMINISTRATOR), null,
                ActivityStatus.ACTIVE).stream().filter(a -> !a.name().equals(InvoicingDemo.JEANNE_ACTIVITY)).toList();
        LocalDate today = LocalDate.now();
        String vat = DemoPlace.of(module, compta, context.actingAs(CoreRoles.ADMINISTRATOR), today.minusDays(45))
                .vatCode();
        int made = 0;
        for (int k = 0; k < open.size(); k++) {
            Activity a = open.get(k);
            List<Customer> customers = invoicing.customers().list(compta, a.id());
            if (customers.isEmpty()) {
                continue;
            }
            long customer = customers.get(0).id();
            Quotes now = invoicing.quotes();
            now.create(compta, a.id(), draft(customer, k, 0, "0", eur, vat));
            now.markSent(compta, now.create(compta, a.id(), draft(customer, k, 1, "0", eur, vat)).id());
            Quotes past45 = on(today.minusDays(45));
            past45.markSent(compta, past45.create(compta, a.id(), draft(customer, k, 2, "0", eur, vat)).id());
            Quotes past20 = on(today.minusDays(20));
            now.refuse(compta, past20.markSent(compta, past20.create(compta, a.id(),
                    draft(customer, k, 3, "0", eur, vat)).id()).id());
            Quotes past10 = on(today.minusDays(10));
            Quote accepted = now.accept(compta, past10.markSent(compta, past10.create(compta, a.id(),
                    draft(customer, k, 4, "30", eur, vat)).id()).id());
            Invoice deposit = invoicing.invoices().validate(compta,
                    now.invoice(compta, accepted.id(), QuoteInvoiceKind.DEPOSIT, null).id());
            invoicing.payments().record(compta, deposit.id(), today, deposit.totalInclVat(), PaymentMethod.TRANSFER,
                    "VIR ACOMPTE " + accepted.number());
            made += 5;
        }
        LOG.info("demo quotes: {} over {} activities", made, open.size());
    }

    private Quotes on(LocalDate day) {
        ZoneId zone = ZoneId.systemDefault();
        return Invoicing.of(module, Clock.fixed(day.atStartOfDay(zone).toInstant(), zone)).quotes();
    }

    private static QuoteDraft draft(long customer, int k, int n, String deposit, Currency eur, String vat) {
        LineDraft work = new LineDraft(WORK[(k + n) % WORK.length], LineKind.SERVICE, BigDecimal.valueOf(1 + n % 3),
                "DAY", Money.of(40_000 + k * 2_500L + n * 1_000L, eur), n == 4 ? BigDecimal.TEN : BigDecimal.ZERO,
                vat);
        return new QuoteDraft(customer, null, null, new BigDecimal(deposit), null, List.of(work));
    }
}
