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
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.internal.Invoicing;
import coop.essaim.invoicing.internal.InvoicingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * The demo cooperative's invoices: for each open activity but Jeanne's (whose first months the domain guide tells
 * and country-fr posts), two customers and an invoice about every other month over the last eighteen months,
 * validated in date order by the accountant. Most are paid a few weeks later, some in two instalments; every
 * seventh stays unpaid, so the overdue list has something to show. Amounts and names are fixed: the demo reads
 * the same every time, only its dates follow today.
 */
public final class InvoicingDemo implements DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(InvoicingDemo.class);
    static final String JEANNE_ACTIVITY = "Couture Jeanne";
    private static final int MONTHS = 18;
    private static final String[] COMPANIES = {"Mairie de Villeurbanne", "Librairie Passages", "Théâtre des Célestins",
        "Atelier Lumière", "Coopérative Fruitière", "Studio Bellecour", "Association Quartiers Libres",
        "Brasserie du Rhône", "Imprimerie Lyonnaise", "Clinique Saint-Jean"};
    private static final String[] PEOPLE = {"Mme Garnier", "M. Lefebvre", "Mme Chevalier", "M. Roussel",
        "Mme Fontaine", "M. Girard", "Mme Lambert", "M. Bonnet", "Mme Mercier", "M. Dupuis"};
    private static final String[] WORK = {"Journée d’intervention", "Atelier collectif", "Conception graphique",
        "Accompagnement", "Prestation sur site"};
    private static final long[] DAY_RATES = {35_000, 42_000, 28_000, 55_000, 31_000};

    private final ModuleContext module;

    public InvoicingDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(DemoContext context) {
        UserContext compta = context.actingAs(CoreRoles.ACCOUNTANT);
        LocalDate today = LocalDate.now();
        LocalDate first = today.minusMonths(MONTHS).withDayOfMonth(1);
        DemoPlace place = DemoPlace.of(module, compta, context.actingAs(CoreRoles.ADMINISTRATOR), first);
        if ("FR".equals(place.country())) {
            // the example IBAN of the French banking documentation, not a real account
            CooperativeSettings settings = module.service(CooperativeSettings.class);
            settings.change(context.actingAs(CoreRoles.ADMINISTRATOR), InvoicingSettings.IBAN,
                    "FR7630001007941234567890185");
            settings.change(context.actingAs(CoreRoles.ADMINISTRATOR), InvoicingSettings.BIC, "BDFEFRPPCCT");
        }
        Invoicing invoicing = Invoicing.of(module, Clock.systemDefaultZone());
        Currency eur = Currency.getInstance(invoicing.rulebook().cooperative(compta).currency());
        List<Activity> open = module.service(Activities.class).list(context.actingAs(CoreRoles.ADMINISTRATOR), null,
                ActivityStatus.ACTIVE).stream().filter(a -> !a.name().equals(JEANNE_ACTIVITY)).toList();
        List<Planned> plan = new ArrayList<>();
        for (int k = 0; k < open.size(); k++) {
            Activity a = open.get(k);
            Customer company = customer(invoicing, compta, a, CustomerKind.COMPANY, COMPANIES[k % COMPANIES.length], k,
                    place);
            Customer person = customer(invoicing, compta, a, CustomerKind.PERSON, PEOPLE[k % PEOPLE.length], k, place);
            for (int m = 0; m < MONTHS; m++) {
                LocalDate day = first.plusMonths(m).plusDays((k * 3L + m) % 25);
                if ((m + k) % 2 == 0 && !day.isAfter(today) && !day.isBefore(a.start())) {
                    plan.add(new Planned(day, a, m % 3 == 0 ? person : company, k, m));
                }
            }
        }
        plan.sort(Comparator.comparing(Planned::day).thenComparing(p -> p.activity().id()));
        int n = 0;
        for (Planned p : plan) {
            n++;
            Invoice invoice = invoicing.invoices().validate(compta, invoicing.invoices().createDraft(compta,
                    p.activity().id(), draft(p, eur, place.vatCode())).id());
            pay(invoicing, compta, invoice, n, today);
        }
        LOG.info("demo invoices: {} validated over {} activities", plan.size(), open.size());
    }

    private static Customer customer(Invoicing invoicing, UserContext compta, Activity a, CustomerKind kind,
                                     String name, int k, DemoPlace place) {
        String mail = name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "") + "@demo.example";
        return invoicing.customers().create(compta, a.id(), new CustomerDetails(kind, name, mail,
                place.street(10 + k, "rue de la République"), null, null,
                kind == CustomerKind.COMPANY ? 45 : null));
    }

    private static InvoiceDraft draft(Planned p, Currency eur, String vat) {
        long rate = DAY_RATES[p.k() % DAY_RATES.length];
        List<LineDraft> lines = new ArrayList<>();
        lines.add(new LineDraft(WORK[(p.k() + p.m()) % WORK.length], LineKind.SERVICE,
                BigDecimal.valueOf(1 + (p.k() + p.m()) % 4), "DAY", Money.of(rate, eur), BigDecimal.ZERO, vat));
        if (p.m() % 4 == 1) {
            lines.add(new LineDraft("Fournitures", LineKind.GOODS, BigDecimal.ONE, "C62",
                    Money.of(4_500 + p.k() * 500L, eur), BigDecimal.ZERO, vat));
        }
        return new InvoiceDraft(p.customer().id(), p.day(), null, null, lines);
    }

    /** Paid three to six weeks later, every fifth in two instalments; every seventh is left unpaid. */
    private static void pay(Invoicing invoicing, UserContext compta, Invoice invoice, int n, LocalDate today) {
        LocalDate paidOn = invoice.issueDate().plusDays(20 + n % 22);
        if (n % 7 == 0 || paidOn.isAfter(today)) {
            return;
        }
        Money total = invoice.totalInclVat();
        if (n % 5 == 0) {
            Money half = Money.of(total.minorUnits() / 2, total.currency());
            invoicing.payments().record(compta, invoice.id(), paidOn, half, PaymentMethod.CHEQUE, "Chèque " + n);
            LocalDate rest = paidOn.plusDays(30);
            if (!rest.isAfter(today)) {
                invoicing.payments().record(compta, invoice.id(), rest, total.minus(half), PaymentMethod.TRANSFER,
                        "VIR " + invoice.number());
            }
        } else {
            invoicing.payments().record(compta, invoice.id(), paidOn, total, PaymentMethod.TRANSFER,
                    "VIR " + invoice.number());
        }
    }

    private record Planned(LocalDate day, Activity activity, Customer customer, int k, int m) {
    }
}
