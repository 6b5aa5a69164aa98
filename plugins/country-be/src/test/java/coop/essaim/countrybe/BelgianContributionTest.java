package coop.essaim.countrybe;

import coop.essaim.api.ledger.ActivityAccount;
import coop.essaim.api.ledger.ActivityAccounts;
import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.Ledger;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.people.People;
import coop.essaim.api.people.PersonDetails;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.countrybe.internal.contribution.SmartContributionScheme;
import coop.essaim.countrybe.internal.contribution.SmartSettings;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static coop.essaim.countrybe.api.BelgianAccounts.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SMart-style scheme on the real core: the cooperative chooses it, sets its margin, and an activity's account
 * takes 6.5 % of its turnover plus the margin on its salary costs (620 and 621 on the PCMN).
 */
class BelgianContributionTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).inCountry("BE", "EUR", "fr");

    @Test
    void anActivityPaysTheShareOfItsTurnoverAndTheMarginOnItsSalaries() {
        UserContext admin = essaim.administrator();
        ContributionRateBook book = essaim.service(ContributionRateBook.class);
        assertTrue(book.schemes(admin).contains(SmartContributionScheme.ID), book.schemes(admin).toString());
        LocalDate today = LocalDate.now();
        book.set(admin, new ContributionRate(today, new BigDecimal("0.10"), ContributionBase.TURNOVER, Optional.empty(),
                SmartContributionScheme.ID));
        essaim.service(CooperativeSettings.class).change(admin, SmartSettings.SALARY_MARGIN_PERCENT, "2.5");

        People people = essaim.service(People.class);
        long site = people.createEstablishment(admin, new EstablishmentDetails("Liège", Address.NONE)).id();
        long sam = people.create(admin, new PersonDetails(PersonKind.MEMBER, "Sam", "Dubois", null, false, null, null,
                Address.NONE, null, site, List.of(), null)).id();
        long activity = essaim.service(Activities.class).create(admin, new ActivityDetails("Studio son", null, "son",
                today.withDayOfMonth(1), "SON", List.of(sam))).id();
        Ledger ledger = essaim.service(Ledger.class);
        ledger.post(admin, new EntryDraft(admin.cooperativeId(), JournalCode.SALES, today, "F-1", today, "Facture F-1",
                List.of(PostingLine.debit(CUSTOMERS, activity, eur(242_000)),
                        PostingLine.credit(SERVICES_SOLD, activity, eur(200_000)),
                        PostingLine.credit(VAT_COLLECTED, activity, eur(42_000))), "be-test:sale"));
        ledger.post(admin, new EntryDraft(admin.cooperativeId(), JournalCode.PAYROLL, today, "P-1", today, "Paie",
                List.of(PostingLine.debit(GROSS_SALARIES, activity, eur(100_000)),
                        PostingLine.debit(EMPLOYER_CONTRIBUTIONS, activity, eur(25_000)),
                        PostingLine.credit(STAFF_PAY_DUE, activity, eur(125_000))), "be-test:pay"));

        ActivityAccount account = essaim.service(ActivityAccounts.class).account(admin, activity,
                today.withDayOfMonth(1), today);
        assertEquals(eur(125_000), account.salaryCosts());
        // 6.5 % × 2 000 = 130.00, plus 2.5 % × 1 250 = 31.25
        assertEquals(eur(16_125), account.contribution().amount());
        assertEquals(SmartContributionScheme.ID, account.contribution().schemeId());
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }
}
