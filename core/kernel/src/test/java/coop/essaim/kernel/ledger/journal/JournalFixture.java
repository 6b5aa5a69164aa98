package coop.essaim.kernel.ledger.journal;

import coop.essaim.api.ledger.Account;
import coop.essaim.api.ledger.ChartOfAccounts;
import coop.essaim.api.people.ActivityDetails;
import coop.essaim.api.people.Address;
import coop.essaim.api.people.EstablishmentDetails;
import coop.essaim.api.security.UserContext;
import coop.essaim.kernel.ledger.KernelLedger;
import coop.essaim.kernel.ledger.LedgerTestCharts;
import coop.essaim.kernel.people.PeopleFixture;
import coop.essaim.kernel.people.StructureActivity;
import coop.essaim.kernel.servicetesting.CoreFixture;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link CoreFixture} with a cooperative, the small French chart (and the same accounts as a Belgian chart, for
 * the second cooperative a round trip imports into), and the core's real ledger and journals. Activities are
 * created through the people core by {@link #activities}, with their analytic codes.
 */
final class JournalFixture implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    /** Child tables first: the ledger's and the people core's, before the core's own. */
    private static final List<String> TABLES = List.of("LEDGER_YEAR_CLOSING", "LEDGER_POSTING", "LEDGER_ENTRY",
            "LEDGER_NUMBERING",
            "LEDGER_CHAIN_HEAD", "LEDGER_PERIOD_CLOSING", "ACTIVITY_BRANDING", "ACTIVITY_MEMBER", "ACTIVITY", "PERSON_NOTE",
            "PERSON_REFERENT", "EMPLOYMENT_TERMS", "PATH_ENTRY", "PERSON_TRADE", "PERSON", "ESTABLISHMENT");

    static final ChartOfAccounts BELGIAN_CHART = new ChartOfAccounts() {
        @Override
        public String country() {
            return "BE";
        }

        @Override
        public List<Account> accounts() {
            return LedgerTestCharts.FRENCH.accounts();
        }
    };

    final CoreFixture core = CoreFixture.withCooperative();
    UserContext admin;
    KernelLedger ledger;
    KernelLedgerJournals journals;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        core.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        core.store.run(em -> TABLES.forEach(t -> em.createNativeQuery("DELETE FROM " + t).executeUpdate()));
        core.beforeEach(context);
        core.registry.add("country-fr-test", ChartOfAccounts.class, LedgerTestCharts.FRENCH);
        core.registry.add("country-be-test", ChartOfAccounts.class, BELGIAN_CHART);
        admin = core.admin;
        ledger = core.core.ledger();
        journals = core.core.journals();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        core.afterAll(context);
    }

    /** One member and one activity per analytic code in the user's cooperative; returns the ids by code. */
    Map<String, Long> activities(UserContext user, String... codes) {
        long site = core.core.people().createEstablishment(user, new EstablishmentDetails("Siège",
                new Address("1 rue de la Paix", "69001", "Lyon", "FR"))).id();
        long member = core.core.people().create(user, PeopleFixture.member("Jeanne", "Martin", site)).id();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String code : codes) {
            // the structure came with the cooperative
            ids.put(code, code.equals(StructureActivity.CODE)
                    ? core.core.activities().structure(user).orElseThrow().id()
                    : core.core.activities().create(user, new ActivityDetails("Activité " + code, null, "couture",
                    LocalDate.of(2025, 1, 1), code, List.of(member))).id());
        }
        return ids;
    }
}
