package coop.essaim.governance;

import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Governance;
import coop.essaim.governance.internal.register.ShareRegister;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import static coop.essaim.governance.GovernanceFixture.eur;
import static coop.essaim.governance.GovernanceFixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subscriptions, instalments, redemptions, corrections and their entries, on the real core. */
class ShareRegisterTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private static LocalDate day(int n) {
        return LocalDate.now().plusDays(10L * n);
    }

    private Holding holding(Governance g, long personId) {
        return g.register().holdings(fixture.admin()).stream().filter(h -> h.personId() == personId).findFirst()
                .orElseThrow();
    }

    @Test
    void eightSharesPaidInTwoInstalmentsPostTheCapitalAndSettleWhatTheAssociateOwes() {
        LocalDate day = day(1);
        fixture.rule(day, "25.00", "100.00");
        Governance g = fixture.on(day);
        Person louise = fixture.person(PersonKind.MEMBER, "Louise", "Fabre");
        ShareMovement sub = g.register().subscribe(fixture.admin(), louise.id(), 8, day, false);
        assertEquals(eur("200.00"), sub.amount());
        Holding h = holding(g, louise.id());
        assertEquals(8, h.shares());
        assertEquals(eur("200.00"), h.due());
        ValidatedEntry e = fixture.entry(sub.entryId());
        GovernanceFixture.assertBalanced(e);
        assertEquals(20_000, on(e, "456100", Side.DEBIT));
        assertEquals(20_000, on(e, "101300", Side.CREDIT));

        ShareMovement first = g.register().pay(fixture.accountant(), sub.id(), eur("50.00"), day);
        ValidatedEntry paid = fixture.entry(first.entryId());
        GovernanceFixture.assertBalanced(paid);
        assertEquals(5_000, on(paid, "512000", Side.DEBIT));
        assertEquals(5_000, on(paid, "456100", Side.CREDIT));
        assertEquals(eur("150.00"), holding(g, louise.id()).due());

        ValidationException tooMuch = assertThrows(ValidationException.class, () -> g.register().pay(
                fixture.accountant(), sub.id(), eur("150.01"), day));
        assertEquals("amount", tooMuch.errors().get(0).field());
        assertEquals(eur("150.00"), holding(g, louise.id()).due(), "nothing recorded");

        g.register().pay(fixture.accountant(), sub.id(), eur("150.00"), day.plusMonths(1));
        Holding settled = holding(g, louise.id());
        assertEquals(eur("200.00"), settled.paid());
        assertTrue(settled.due().isZero());
    }

    @Test
    void anEntrantSubscribesAtLeastTheMinimumAndANewNominalValueAppliesFromItsDateOnly() {
        LocalDate day = day(2);
        fixture.rule(day, "20.00", "1801.80");
        Governance g = fixture.on(day);
        Person paul = fixture.person(PersonKind.MEMBER, "Paul", "Roux");
        ValidationException below = assertThrows(ValidationException.class, () -> g.register().subscribe(
                fixture.admin(), paul.id(), 90, day, true));
        assertEquals("shares", below.errors().get(0).field());
        assertTrue(g.register().holdings(fixture.admin()).stream().noneMatch(h -> h.personId() == paul.id()));

        ShareMovement entry = g.register().subscribe(fixture.admin(), paul.id(), 91, day, true);
        assertEquals(eur("1820.00"), entry.amount());
        fixture.rule(day.plusDays(5), "30.00", "1801.80");
        Governance later = fixture.on(day.plusDays(5));
        ShareMovement more = later.register().subscribe(fixture.admin(), paul.id(), 1, day.plusDays(5), true);
        assertEquals(eur("30.00"), more.amount(), "held shares exempt the newcomer's minimum; the new value applies");
        Holding h = holding(later, paul.id());
        assertEquals(92, h.shares());
        assertEquals(eur("1850.00"), h.subscribed());
        assertTrue(h.due().isZero());
    }

    @Test
    void aLeavingAssociateIsRedeemedAtNominalValueWhatTheyPaidOwedBackTheRestCancelled() {
        LocalDate day = day(3);
        fixture.rule(day, "50.00", "0.00");
        Governance g = fixture.on(day);
        Person marc = fixture.person(PersonKind.MEMBER, "Marc", "Lenoir");
        ShareMovement sub = g.register().subscribe(fixture.admin(), marc.id(), 4, day, false);
        g.register().pay(fixture.admin(), sub.id(), eur("120.00"), day);
        ValidationException tooMany = assertThrows(ValidationException.class, () -> g.register().redeem(
                fixture.admin(), marc.id(), 5, day, null));
        assertEquals("shares", tooMany.errors().get(0).field());

        ShareMovement out = g.register().redeem(fixture.admin(), marc.id(), 4, day.plusMonths(2), "Départ");
        assertEquals(eur("200.00"), out.amount(), "never above the nominal value subscribed");
        assertEquals(eur("120.00"), out.refund());
        ValidatedEntry e = fixture.entry(out.entryId());
        GovernanceFixture.assertBalanced(e);
        assertEquals(20_000, on(e, "101300", Side.DEBIT));
        assertEquals(12_000, on(e, "455000", Side.CREDIT));
        assertEquals(8_000, on(e, "456100", Side.CREDIT));
        Holding h = holding(g, marc.id());
        assertEquals(0, h.shares());
        assertTrue(h.due().isZero());
        assertEquals(eur("120.00"), h.refundOwed());
        assertThrows(ValidationException.class, () -> g.register().pay(fixture.admin(), sub.id(), eur("1.00"), day));
    }

    @Test
    void sharesAreNeverTransferredBetweenAssociates() {
        assertFalse(Arrays.stream(MovementKind.values()).anyMatch(k -> k.name().contains("TRANSFER")));
        for (Method method : ShareRegister.class.getMethods()) {
            String name = method.getName().toLowerCase(Locale.ROOT);
            assertFalse(name.contains("transfer") || name.contains("assign") || name.contains("sell"), name);
        }
    }

    @Test
    void aCorrectionIsANewLineThatReversesTheEntryOfTheLineItCancels() {
        LocalDate day = day(4);
        fixture.rule(day, "10.00", "0.00");
        Governance g = fixture.on(day);
        Person legal = fixture.legalEntity("Fondation Solidaire");
        ShareMovement sub = g.register().subscribe(fixture.admin(), legal.id(), 100, day, false);
        ShareMovement pay = g.register().pay(fixture.admin(), sub.id(), eur("300.00"), day);
        ValidationException inUse = assertThrows(ValidationException.class, () -> g.register().correct(
                fixture.admin(), sub.id(), day, "Erreur de saisie"));
        assertEquals("movementId", inUse.errors().get(0).field());
        assertEquals("reason", assertThrows(ValidationException.class, () -> g.register().correct(fixture.admin(),
                pay.id(), day, " ")).errors().get(0).field());

        ShareMovement c = g.register().correct(fixture.admin(), pay.id(), day, "Chèque rejeté");
        assertEquals(pay.id(), c.correctsId());
        ValidatedEntry reversal = fixture.entry(c.entryId());
        assertEquals(pay.entryId(), reversal.reversesEntryId());
        assertTrue(g.register().line(fixture.admin(), pay.id()).orElseThrow().corrected());
        assertEquals(eur("1000.00"), holding(g, legal.id()).due());
        assertEquals("movementId", assertThrows(ValidationException.class, () -> g.register().correct(
                fixture.admin(), pay.id(), day, "Encore")).errors().get(0).field());
        assertEquals("Fondation Solidaire", holding(g, legal.id()).name());
    }

    @Test
    void aPartnerIsNoAssociateAndAnEntrepreneurReadsOnlyTheirOwnShares() {
        LocalDate day = day(5);
        fixture.rule(day, "15.00", "0.00");
        Governance g = fixture.on(day);
        Person funder = fixture.partner("Anne", "Prêteur", "Banque des territoires");
        assertEquals("personId", assertThrows(ValidationException.class, () -> g.register().subscribe(
                fixture.admin(), funder.id(), 1, day, true)).errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> g.register().holdings(fixture.jeanne()));
        assertThrows(AccessDeniedException.class, () -> g.register().subscribe(fixture.jeanne(),
                funder.id(), 1, day, true));
        assertThrows(AccessDeniedException.class, () -> g.export().csv(fixture.jeanne()));

        Person jeanne = g.register().ownPerson(fixture.jeanne()).orElseThrow();
        g.register().subscribe(fixture.admin(), jeanne.id(), 3, day, true);
        Holding own = g.register().own(fixture.jeanne()).orElseThrow();
        assertEquals(jeanne.id(), own.personId());
        assertTrue(own.shares() >= 3);
        assertTrue(g.register().ownMovements(fixture.jeanne()).stream().allMatch(m -> m.personId() == jeanne.id()));
    }

    @Test
    void theExportHasALinePerMovementWithPlainAmounts() {
        LocalDate day = day(6);
        fixture.rule(day, "12.50", "0.00");
        Governance g = fixture.on(day);
        Person zoe = fixture.person(PersonKind.EXTERNAL_ASSOCIATE, "=Zoé", "Martin");
        g.register().subscribe(fixture.admin(), zoe.id(), 2, day, true);
        String csv = g.export().csv(fixture.accountant());
        assertTrue(csv.startsWith("Ligne;Date;Associé;Mouvement"), csv);
        assertTrue(csv.contains(";'=Zoé Martin;souscription;2;25.00;0.00;"), csv);
        assertTrue(csv.contains(";'=Zoé Martin;versement;0;25.00;0.00;"), csv);
    }

    @Test
    void aCertificateShowsTheSubscriptionAndOnlyItsAssociateOrTheKeepersPrintIt() throws Exception {
        LocalDate day = day(7);
        fixture.rule(day, "20.00", "0.00");
        Governance g = fixture.on(day);
        Person ines = fixture.person(PersonKind.MEMBER, "Inès", "Morel");
        ShareMovement sub = g.register().subscribe(fixture.admin(), ines.id(), 10, day, false);
        g.register().pay(fixture.admin(), sub.id(), eur("80.00"), day);
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(g.certificates().pdf(fixture.accountant(), sub.id()))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Certificat de parts sociales"), text);
        assertTrue(text.contains("Inès Morel"), text);
        assertTrue(text.contains("10 parts de 20,00"), text);
        assertTrue(text.contains("80,00"), text);
        assertEquals("subscriptionId", assertThrows(ValidationException.class, () -> g.certificates()
                .pdf(fixture.jeanne(), sub.id())).errors().get(0).field(), "not hers");
        Person jeanne = g.register().ownPerson(fixture.jeanne()).orElseThrow();
        ShareMovement hers = g.register().subscribe(fixture.admin(), jeanne.id(), 2, day, true);
        assertTrue(g.certificates().pdf(fixture.jeanne(), hers.id()).length > 1000);
    }
}
