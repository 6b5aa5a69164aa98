package coop.essaim.treasuryadvances;

import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Activity;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.user.UserDirectory;
import coop.essaim.kernel.user.KernelUserDirectory;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.treasuryadvances.api.AdvanceKind;
import coop.essaim.treasuryadvances.api.AdvanceRequest;
import coop.essaim.treasuryadvances.api.RepaymentMode;
import coop.essaim.treasuryadvances.internal.TreasuryAdvances;
import coop.essaim.treasuryadvances.internal.rule.RuleEdition;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The demo cooperative (French) on the real core with country-fr and this plugin: its administrator {@code admin}
 * (the delegate), its accountant {@code compta}, Jeanne and her activity "Couture Jeanne", and board members made
 * for the tests (the demo has none). Each test works on its own day after today, so the rules it sets are the
 * ones in force that day.
 */
public final class AdvancesFixture {

    public static final String JEANNE_ACTIVITY = "Couture Jeanne";
    private static final AtomicInteger BOARD = new AtomicInteger();

    private final EssaimTestKit essaim;

    public AdvancesFixture(EssaimTestKit essaim) {
        this.essaim = essaim;
    }

    public static EssaimTestKit kit() {
        return EssaimTestKit.withPlugins(Path.of("target/test-plugins/essaim-country-fr.jar"),
                Path.of("target/classes")).withDemo();
    }

    /** The services as on {@code day}. */
    public TreasuryAdvances on(LocalDate day) {
        return TreasuryAdvances.of(essaim.modules().context("treasury-advances").orElseThrow(), clock(day));
    }

    public static Clock clock(LocalDate day) {
        ZoneId paris = ZoneId.of("Europe/Paris");
        return Clock.fixed(day.atTime(12, 0).atZone(paris).toInstant(), paris);
    }

    public UserContext admin() {
        return essaim.demoUser("admin");
    }

    public UserContext accountant() {
        return essaim.demoUser("compta");
    }

    public UserContext jeanne() {
        return essaim.demoUser("jeanne");
    }

    public UserContext adviser() {
        return essaim.demoUser("conseil");
    }

    /** A new board member of the demo cooperative, logged in. */
    public UserContext boardMember() {
        String login = "board-" + BOARD.incrementAndGet();
        KernelUserDirectory users = (KernelUserDirectory) essaim.service(UserDirectory.class);
        users.createUser(admin(), login, "Membre du conseil " + BOARD.get(), login + "@demo.example.org", "fr",
                Set.of(CoreRoles.BOARD_MEMBER), "testkit password 1234".toCharArray());
        var r = essaim.kernel().authentication().login(login, "testkit password 1234".toCharArray(), "127.0.0.1");
        return r.user();
    }

    public long jeanneActivity() {
        return activities().stream().filter(a -> a.name().equals(JEANNE_ACTIVITY)).findFirst().orElseThrow().id();
    }

    public List<Activity> activities() {
        return essaim.service(Activities.class).list(admin(), null, ActivityStatus.ACTIVE);
    }

    /** Rules from {@code day}: the given ceilings, no seniority needed, a fund of {@code fund} lent at 100 %. */
    public void rules(LocalDate day, long activityCeiling, long fund, long delegateThreshold) {
        on(day).rules().add(admin(), new RuleEdition(day, new BigDecimal("80"), activityCeiling,
                RuleEdition.ExposureBase.FUND, new BigDecimal("100"), fund, 0, delegateThreshold, false,
                new BigDecimal("50"), Set.of()));
    }

    /** The defaults, from {@code day}: the cooperative-wide ceiling a share of the treasury. */
    public void treasuryRules(LocalDate day) {
        RuleEdition d = RuleEdition.defaults();
        on(day).rules().add(admin(), new RuleEdition(day, d.invoiceShare(), d.activityCeiling(), d.exposureBase(),
                d.exposureShare(), d.fund(), d.minSeniorityMonths(), d.delegateThreshold(), false,
                d.autoInvoiceShare(), Set.of()));
    }

    public static Money eur(String amount) {
        return Money.parse(amount, java.util.Currency.getInstance("EUR"));
    }

    public static AdvanceRequest investment(long activity, String amount, LocalDate dueOn) {
        return new AdvanceRequest(activity, AdvanceKind.INVESTMENT, eur(amount), "Machine à coudre professionnelle",
                List.of(), RepaymentMode.RECEIPTS, new BigDecimal("50"), dueOn, List.of());
    }

    public Ledger ledger() {
        return essaim.service(Ledger.class);
    }

    /** Every entry is balanced: debits equal credits. */
    public static void assertBalanced(ValidatedEntry e) {
        long debit = e.lines().stream().filter(l -> l.side() == coop.essaim.api.ledger.Side.DEBIT)
                .mapToLong(l -> l.amount().minorUnits()).sum();
        long credit = e.lines().stream().filter(l -> l.side() == coop.essaim.api.ledger.Side.CREDIT)
                .mapToLong(l -> l.amount().minorUnits()).sum();
        assertEquals(debit, credit, e.reference());
    }
}
