package coop.essaim.web.testmodule;

import coop.essaim.api.ledger.ExpectedCash;
import coop.essaim.api.ledger.ExpectedCashSource;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** What the test module expects for every activity: 250 € in ten days, and 80 € to pay since 1 January 2026. */
public final class TestExpectedCash implements ExpectedCashSource {

    @Override
    public List<ExpectedCash> expected(UserContext user, long activityId, LocalDate until) {
        return List.of(new ExpectedCash(LocalDate.now(ZoneOffset.UTC).plusDays(10), Money.of(25_000, "EUR"),
                        "Facture attendue", "T-1"),
                new ExpectedCash(LocalDate.of(2026, 1, 1), Money.of(-8_000, "EUR"), "Fournisseur en retard", "T-2"));
    }
}
