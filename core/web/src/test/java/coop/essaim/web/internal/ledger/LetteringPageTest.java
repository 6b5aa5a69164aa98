package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.demo.DemoMembers;
import coop.essaim.web.BrowserTester;
import coop.essaim.web.DemoUsers;
import coop.essaim.web.KernelFixture;
import coop.essaim.web.WebFixture;
import coop.essaim.web.internal.pages.ForbiddenPage;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lettering page over books worked by hand (test module's chart, EUR, 2025): Jeanne invoices C-DUPONT
 * 1,200.00 on 10 January, paid 500.00 on 20 January and 700.00 on 30 January; she invoices C-MARTIN 300.00 on
 * 1 February, paid 300.00 on 5 February (one debit equal to one credit: a suggestion).
 */
class LetteringPageTest {

    @RegisterExtension
    static final WebFixture web = WebFixture.withDemo().withTestModule();

    private static String eur(long cents) {
        return Money.of(cents, "EUR").format(Locale.FRENCH);
    }

    private static void books() {
        web.installTestModule();
        UserContext compta = DemoUsers.context(web.kernel(), CoreRoles.ACCOUNTANT);
        long jeanne = DemoUsers.activity(web.kernel(), DemoUsers.context(web.kernel(), CoreRoles.ADMINISTRATOR),
                DemoMembers.JEANNE_ACTIVITY).id();
        post(compta, "1", JournalCode.SALES, "2025-01-10", "706000", "411000", jeanne, 120_000, "C-DUPONT", true);
        post(compta, "2", JournalCode.BANK, "2025-01-20", "512000", "411000", jeanne, 50_000, "C-DUPONT", false);
        post(compta, "3", JournalCode.BANK, "2025-01-30", "512000", "411000", jeanne, 70_000, "C-DUPONT", false);
        post(compta, "4", JournalCode.SALES, "2025-02-01", "706000", "411000", jeanne, 30_000, "C-MARTIN", true);
        post(compta, "5", JournalCode.BANK, "2025-02-05", "512000", "411000", jeanne, 30_000, "C-MARTIN", false);
    }

    /** Posts {@code cents} between 411000 (the client {@code party}, debited for a sale) and {@code other}. */
    private static void post(UserContext user, String key, JournalCode journal, String date, String other,
                             String client, long activity, long cents, String party, boolean sale) {
        LocalDate d = LocalDate.parse(date);
        Money m = Money.of(cents, "EUR");
        PostingLine receivable = (sale ? PostingLine.debit(client, activity, m) : PostingLine.credit(client, activity, m))
                .withThirdParty(party);
        PostingLine counterpart = sale ? PostingLine.credit(other, activity, m) : PostingLine.debit(other, activity, m);
        web.kernel().service(Ledger.class).post(user, new EntryDraft(user.cooperativeId(), journal, d, "P-" + key, d,
                "Pièce " + key, List.of(receivable, counterpart), "lettering-page-test:" + key));
    }

    @Test
    void theAccountantSelectsLettersTakesASuggestionAndUnletters(BrowserTester tester) {
        books();
        KernelFixture.logIn(tester, CoreRoles.ACCOUNTANT);
        tester.executeUrl("ledger/lettering?account=411000");
        tester.assertRenderedPage(LetteringPage.class);
        tester.assertLabel("accountPart:openCount", "5 écritures non lettrées");
        tester.assertLabel("accountPart:openForm:group:rows:0:entry", "SALES-2025-000001");
        tester.assertLabel("accountPart:openForm:group:rows:0:debit", eur(120_000));

        FormTester select = tester.newFormTester("accountPart:openForm");
        select.selectMultiple("group", new int[] {0, 1});
        select.submit("compute");
        tester.assertLabel("accountPart:openForm:selection:selDebit", eur(120_000));
        tester.assertLabel("accountPart:openForm:selection:selCredit", eur(50_000));
        tester.assertLabel("accountPart:openForm:selection:selDifference", eur(70_000));

        FormTester unbalanced = tester.newFormTester("accountPart:openForm");
        unbalanced.selectMultiple("group", new int[] {0, 1}, true);
        unbalanced.submit("letter");
        tester.assertRenderedPage(LetteringPage.class);
        assertTrue(tester.getMessages(org.apache.wicket.feedback.FeedbackMessage.ERROR).get(0).toString()
                .startsWith("Les écritures ne s’équilibrent pas"));

        FormTester whole = tester.newFormTester("accountPart:openForm");
        whole.selectMultiple("group", new int[] {0, 1, 2}, true);
        whole.submit("letter");
        tester.assertRenderedPage(LetteringPage.class);
        tester.assertLabel("accountPart:openCount", "2 écritures non lettrées");
        tester.assertLabel("accountPart:lettered:0:code", "AA");
        tester.assertContains("Lettrage AA : 3 écritures lettrées.");

        tester.assertLabel("accountPart:suggestions:0:why", "Même tiers C-MARTIN et même montant");
        tester.clickLink("accountPart:suggestions:0:accept");
        tester.assertRenderedPage(LetteringPage.class);
        tester.assertLabel("accountPart:openCount", "Aucune écriture non lettrée");
        tester.assertLabel("accountPart:lettered:0:code", "AB");

        tester.clickLink("accountPart:lettered:0:undo");
        tester.assertRenderedPage(LetteringPage.class);
        tester.assertLabel("accountPart:openCount", "2 écritures non lettrées");
        tester.assertLabel("accountPart:lettered:0:code", "AA");

        tester.executeUrl("ledger/lettering.csv?account=411000");
        String csv = tester.getLastResponseAsString();
        assertTrue(csv.startsWith("posting_id,date,entry,piece,label,activity,third_party,debit,credit,currency\r\n"),
                csv);
        assertTrue(csv.contains(",2025-02-01,SALES-2025-000002,P-4,Pièce 4,"), csv);
        assertTrue(csv.contains(",C-MARTIN,300.00,,EUR\r\n"), csv);
        assertEquals(3, csv.split("\r\n").length, csv);
    }

    @Test
    void anEntrepreneurIsRefusedThePageAndItsCsv(BrowserTester tester) {
        KernelFixture.logIn(tester, CoreRoles.ENTREPRENEUR);
        tester.executeUrl("ledger/lettering?account=411000");
        tester.assertRenderedPage(ForbiddenPage.class);
        assertEquals(403, tester.getLastResponse().getStatus());
        tester.executeUrl("ledger/lettering.csv?account=411000");
        assertEquals(403, tester.getLastResponse().getStatus());
    }
}
