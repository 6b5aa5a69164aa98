package coop.essaim.treasuryadvances.internal.demo;

import coop.essaim.api.demo.DemoContext;
import coop.essaim.api.demo.DemoData;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.Instalment;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.api.TreasuryAdvance;
import coop.essaim.treasuryadvances.api.VoteChoice;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * The demo cooperative's advances at every stage, dated around the core's demo reference day (2 November 2026),
 * under rules from 1 June 2026 (a guarantee fund of 20,000.00, 3,000.00 per activity, three months of seniority, a
 * delegate up to 1,500.00): Jeanne's salary advance {@link #WAITING} for the board, one {@link #REJECTED}, one
 * {@link #APPROVED} not yet paid, one being repaid by schedule, one {@link #OVERDUE} (its September instalment
 * unpaid) and one {@link #REPAID}. When the demo has a board member, they vote on the waiting request.
 */
public final class AdvancesDemo implements DemoData {

    public static final String WAITING = "Clientes en attente de paiement : salaire de novembre";
    public static final String REJECTED = "Véhicule utilitaire";
    public static final String APPROVED = "Machine à coudre professionnelle";
    public static final String REPAYING = "Ordinateur et logiciel de PAO";
    public static final String OVERDUE = "Stock de tissus pour le salon";
    public static final String REPAID = "Stand au salon des métiers d'art";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final LocalDate RULES_FROM = LocalDate.of(2026, 6, 1);
    private static final Logger LOG = LoggerFactory.getLogger(AdvancesDemo.class);

    private final ModuleContext module;

    public AdvancesDemo(ModuleContext module) {
        this.module = module;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void load(DemoContext context) {
        UserContext admin = context.actingAs(CoreRoles.ADMINISTRATOR);
        UserContext accountant = context.actingAs(CoreRoles.ACCOUNTANT);
        UserContext jeanne = context.actingAs(CoreRoles.ENTREPRENEUR);
        UserContext adviser = context.actingAs(CoreRoles.ADVISER);
        at(RULES_FROM).rules().add(admin, new RuleEdition(RULES_FROM, new BigDecimal("80"), 300_000,
                RuleEdition.ExposureBase.FUND, new BigDecimal("100"), 2_000_000, 3, 150_000, false,
                new BigDecimal("50"), Set.of()));
        List<Activity> activities = module.service(Activities.class).list(admin, null, ActivityStatus.ACTIVE);
        List<Activity> own = module.service(Activities.class).list(jeanne, null, ActivityStatus.ACTIVE);
        if (activities.size() < 4 || own.isEmpty()) {
            LOG.warn("treasury-advances demo: too few activities ({}), nothing loaded", activities.size());
            return;
        }
        long jeannes = own.get(0).id();
        // three months old by August, as the rules ask
        List<Long> others = activities.stream().filter(a -> a.start() != null
                && !a.start().isAfter(LocalDate.of(2026, 5, 1))).map(Activity::id).filter(id -> id != jeannes).toList();
        if (others.size() < 3) {
            LOG.warn("treasury-advances demo: too few activities older than May 2026, nothing loaded");
            return;
        }
        Currency eur = Currency.getInstance("EUR");

        // August: a stock for the autumn fair, two instalments, none paid: overdue since 2 September
        LocalDate august = LocalDate.of(2026, 8, 3);
        TreasuryAdvances inAugust = at(august);
        TreasuryAdvance overdue = inAugust.advances().request(adviser, schedule(others.get(0), OVERDUE, eur,
                new Instalment(LocalDate.of(2026, 9, 1), Money.of(60_000, eur)),
                new Instalment(LocalDate.of(2026, 10, 1), Money.of(60_000, eur))));
        inAugust.approvals().decide(admin, overdue.id(), true, "Salon confirmé, stock revendu sur place", null);
        inAugust.ledger().disburse(accountant, overdue.id());
        // a fair stand repaid in full
        TreasuryAdvance repaid = inAugust.advances().request(adviser, schedule(others.get(1), REPAID, eur,
                new Instalment(LocalDate.of(2026, 10, 15), Money.of(45_000, eur))));
        inAugust.approvals().decide(admin, repaid.id(), true, "Inscription au salon remboursée par les ventes", null);
        inAugust.ledger().disburse(accountant, repaid.id());
        at(LocalDate.of(2026, 10, 14)).ledger().repay(accountant, repaid.id(), Money.of(45_000, eur));

        // September: a computer repaid by three instalments, the first paid
        LocalDate september = LocalDate.of(2026, 9, 7);
        TreasuryAdvances inSeptember = at(september);
        TreasuryAdvance repaying = inSeptember.advances().request(adviser, schedule(others.get(2), REPAYING, eur,
                new Instalment(LocalDate.of(2026, 10, 5), Money.of(30_000, eur)),
                new Instalment(LocalDate.of(2026, 11, 5), Money.of(30_000, eur)),
                new Instalment(LocalDate.of(2026, 12, 5), Money.of(30_000, eur))));
        inSeptember.approvals().decide(admin, repaying.id(), true, "Outil de travail, échéancier réaliste", null);
        inSeptember.ledger().disburse(accountant, repaying.id());
        at(LocalDate.of(2026, 10, 5)).ledger().repay(accountant, repaying.id(), Money.of(30_000, eur));

        // October and November: approved not yet paid, rejected, and Jeanne's request waiting for the board
        TreasuryAdvances inOctober = at(LocalDate.of(2026, 10, 26));
        TreasuryAdvance approved = inOctober.advances().request(jeanne, investment(jeannes, APPROVED, 120_000, eur,
                LocalDate.of(2027, 4, 30)));
        inOctober.approvals().decide(admin, approved.id(), true, "Devis du fournisseur joint, remboursement sur"
                + " les encaissements", new BigDecimal("30"));
        TreasuryAdvance rejected = inOctober.advances().request(adviser, investment(others.get(0), REJECTED,
                140_000, eur, LocalDate.of(2027, 10, 31)));
        inOctober.approvals().decide(admin, rejected.id(), false, "Une avance de l’activité est en retard :"
                + " à revoir une fois le stock payé", null);
        TreasuryAdvances inNovember = at(LocalDate.of(2026, 11, 2));
        TreasuryAdvance waiting = inNovember.advances().request(jeanne, new AdvanceRequest(jeannes, AdvanceKind.SALARY,
                Money.of(65_000, eur), WAITING, List.of("2026-0041", "2026-0044"), RepaymentMode.RECEIPTS,
                new BigDecimal("50"), LocalDate.of(2027, 2, 28), List.of()));
        vote(context, inNovember, waiting);
        LOG.info("treasury-advances demo: 6 advances loaded");
    }

    /** The demo's board member (the core's demo has {@code elu}) votes for Jeanne's request. */
    private static void vote(DemoContext context, TreasuryAdvances on, TreasuryAdvance waiting) {
        try {
            on.approvals().vote(context.actingAs(CoreRoles.BOARD_MEMBER), waiting.id(), VoteChoice.FOR,
                    "Factures de clientes fidèles");
        } catch (IllegalArgumentException noBoardMember) {
            LOG.info("treasury-advances demo: no board member in the demo, the request waits without votes");
        }
    }

    private TreasuryAdvances at(LocalDate day) {
        return TreasuryAdvances.of(module, Clock.fixed(day.atTime(10, 0).atZone(PARIS).toInstant(), PARIS));
    }

    private static AdvanceRequest schedule(long activity, String reason, Currency eur, Instalment... instalments) {
        long total = java.util.Arrays.stream(instalments).mapToLong(i -> i.amount().minorUnits()).sum();
        return new AdvanceRequest(activity, AdvanceKind.INVESTMENT, Money.of(total, eur), reason, List.of(),
                RepaymentMode.SCHEDULE, null, null, List.of(instalments));
    }

    private static AdvanceRequest investment(long activity, String reason, long minor, Currency eur, LocalDate due) {
        return new AdvanceRequest(activity, AdvanceKind.INVESTMENT, Money.of(minor, eur), reason, List.of(),
                RepaymentMode.RECEIPTS, new BigDecimal("30"), due, List.of());
    }
}
