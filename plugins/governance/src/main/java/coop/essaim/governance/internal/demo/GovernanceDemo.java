package coop.essaim.governance.internal.demo;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.money.Money;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.CapitalRule;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.split.SplitDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The demo cooperative's share register, dated before the core's demo reference day (2 November 2026): a share of
 * 20.00 and, on entry, at least one month of the gross minimum wage (1,801.80, so 91 shares). Twelve associates:
 * the demo's members first, then external associates ({@link #FOUNDATION}, a legal entity, and persons); eight
 * paid at once, three by instalments (one with its last instalment of 620.00 still due), and {@link #LEAVING},
 * who paid one instalment of 600.00 and left in October, redeemed at nominal value: the 600.00 owed back. Then
 * the candidacies, the profit split, the general assemblies ({@link AssembliesDemo}) and the board with its
 * meetings ({@link BoardDemo}).
 */
public final class GovernanceDemo implements DemoData {

    public static final String FOUNDATION = "Fondation pour l'entrepreneuriat solidaire";
    public static final String LEAVING = "Hugo Marchal";
    public static final LocalDate RULE_FROM = LocalDate.of(2025, 1, 1);
    private static final int ASSOCIATES = 12;
    private static final Logger LOG = LoggerFactory.getLogger(GovernanceDemo.class);

    private final ModuleContext module;

    public GovernanceDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void load(DemoContext context) {
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        Currency currency = Currency.getInstance(module.service(CooperativeDirectory.class)
                .find(context.cooperativeId()).map(c -> c.currency()).orElse("EUR"));
        at(RULE_FROM).rules().add(admin, new CapitalRule(RULE_FROM, Money.of(2_000, currency),
                Money.of(180_180, currency)), currency);
        List<Person> associates = associates(admin);
        if (associates.size() < ASSOCIATES) {
            LOG.warn("governance demo: no establishment to record associates in, nothing loaded");
            return;
        }
        for (int i = 0; i < ASSOCIATES; i++) {
            LocalDate day = LocalDate.of(2025, 3 + i % 9, 1 + i);
            Governance g = at(day);
            long person = associates.get(i).id();
            int shares = 91 + 10 * (i % 3);
            if (i < 8) {
                g.register().subscribe(admin, person, shares, day, true);
                continue;
            }
            ShareMovement sub = g.register().subscribe(admin, person, 91, day, false);
            int paid = i == 11 ? 1 : i == 10 ? 2 : 3;
            for (int k = 0; k < paid; k++) {
                Money instalment = Money.of(k < 2 ? 60_000 : 62_000, currency);
                LocalDate on = day.plusMonths(k + 1L);
                at(on).register().pay(admin, sub.id(), instalment, on);
            }
        }
        LocalDate leaving = LocalDate.of(2026, 10, 15);
        at(leaving).register().redeem(admin, associates.get(ASSOCIATES - 1).id(), 91, leaving,
                "Départ de la coopérative");
        new CandidaciesDemo(module).load(admin);
        new SplitDemo(this::at, module.service(People.class), module.service(Ledger.class)).load(admin);
        new AssembliesDemo(this::at).load(admin);
        new BoardDemo(this::at).load(admin, associates);
    }

    /** The demo's members and staff first, then external associates made here, twelve in all. */
    private List<Person> associates(UserContext admin) {
        People people = module.service(People.class);
        List<Person> found = new ArrayList<>(people.list(admin, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> p.details().kind() == PersonKind.MEMBER
                        || p.details().kind() == PersonKind.PERMANENT_STAFF)
                .limit(ASSOCIATES - 4).toList());
        var establishments = people.establishments(admin);
        if (establishments.isEmpty()) {
            return found;
        }
        long e = establishments.get(0).id();
        found.add(people.create(admin, new PersonDetails(PersonKind.EXTERNAL_ASSOCIATE, "Claire", "Dumont", FOUNDATION,
                true, "contact@fondation-solidaire.example.org", null, null, null, e, List.of(), null)));
        String[][] names = {{"Étienne", "Vasseur"}, {"Sophie", "Lagarde"}, {"Nadia", "Benali"}, {"Yves", "Kerlan"}};
        for (int k = 0; found.size() < ASSOCIATES - 1; k++) {
            String[] n = names[k % names.length];
            found.add(external(people, admin, e, n[0], n[1]));
        }
        found.add(external(people, admin, e, "Hugo", "Marchal"));
        return found;
    }

    private static Person external(People people, UserContext admin, long establishment, String given,
                                   String family) {
        return people.create(admin, new PersonDetails(PersonKind.EXTERNAL_ASSOCIATE, given, family, null, false,
                null, null, null, null, establishment, List.of(), null));
    }

    private Governance at(LocalDate day) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Governance.of(module, Clock.fixed(day.atTime(12, 0).atZone(paris).toInstant(), paris));
    }
}
