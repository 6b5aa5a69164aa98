package coop.essaim.governance.internal.demo;

import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.ProfitSplit;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.api.SplitShare;
import coop.essaim.governance.api.SplitStatus;
import coop.essaim.governance.internal.split.SplitDemo;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's split scheme of the domain, and its 2025 split posted or, without 2025 books, the 2026 draft. */
class SplitDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    @Test
    void theSchemeOfTheDomainAndThePreviousYearsSplitPosted() {
        var splits = fixture.on(LocalDate.of(2026, 11, 2)).splits();
        SplitScheme s = splits.schemes(fixture.admin()).get(0);
        assertEquals(0, new BigDecimal("65").compareTo(s.reserves()));
        assertEquals(0, new BigDecimal("25").compareTo(s.participation()));
        assertEquals(0, new BigDecimal("10").compareTo(s.dividends()));
        if (!splits.result(fixture.admin(), SplitDemo.YEAR).isPositive()) {
            assertTrue(splits.split(fixture.admin(), SplitDemo.YEAR).isEmpty(), "no profit, no split");
            ProfitSplit draft = splits.split(fixture.admin(), SplitDemo.YEAR + 1).orElseThrow();
            assertEquals(SplitStatus.DRAFT, draft.status());
            assertEquals(splits.result(fixture.admin(), SplitDemo.YEAR + 1), draft.result());
            assertEquals(draft.participation(), draft.of(SplitShare.Kind.PARTICIPATION).stream()
                    .map(SplitShare::amount).reduce(coop.essaim.api.money.Money::plus).orElseThrow());
            return;
        }
        ProfitSplit split = splits.split(fixture.admin(), SplitDemo.YEAR).orElseThrow();
        assertEquals(SplitStatus.POSTED, split.status());
        assertEquals(SplitDemo.ASSEMBLY, split.adoptedOn());
        assertEquals(splits.result(fixture.admin(), SplitDemo.YEAR), split.result());
        assertFalse(split.of(SplitShare.Kind.PARTICIPATION).isEmpty());
        assertFalse(split.of(SplitShare.Kind.DIVIDEND).isEmpty());
        ValidatedEntry e = fixture.entry(split.entryId());
        GovernanceFixture.assertBalanced(e);
        assertEquals(split.result().minorUnits(), GovernanceFixture.on(e, "120000", Side.DEBIT));
    }
}
