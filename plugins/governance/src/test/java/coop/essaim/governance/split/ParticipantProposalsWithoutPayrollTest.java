package coop.essaim.governance.split;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProposedBases;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Governance without the payroll plugin: it starts, proposes no bases, and the split still takes them by hand. */
class ParticipantProposalsWithoutPayrollTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    @Test
    void withoutPayrollNothingIsProposedAndTheHandEntryStays() {
        essaim.assertStarted("governance");
        assertFalse(essaim.modules().context("payroll").isPresent(), "payroll is not installed here");
        ProposedBases p = fixture.on(LocalDate.now()).participantProposals().propose(fixture.admin(), 2026,
                ParticipationKey.SALARY);
        assertEquals(ProposedBases.Source.NO_PAYROLL, p.source());
        assertEquals(List.of(), p.participants());
        assertEquals(LocalDate.of(2026, 12, 31), p.to());
    }
}
