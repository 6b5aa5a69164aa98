package coop.essaim.governance.split;

import coop.essaim.api.people.Activities;
import coop.essaim.api.people.ActivityStatus;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.ParticipantBase;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProposedBases;
import coop.essaim.governance.api.ProposedBases.Participant;
import coop.essaim.governance.api.ProposedBases.Source;
import coop.essaim.governance.internal.split.ParticipantProposals;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participation's bases proposed from the payroll plugin installed beside governance: the demo's payroll
 * validated June to October 2026 (Jeanne: 10 hours a month, the others from October), November is a draft.
 */
class ParticipantProposalsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kitWithPayroll();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private ParticipantProposals proposals() {
        return fixture.on(LocalDate.now()).participantProposals();
    }

    private long jeanne() {
        return essaim.service(Activities.class).list(fixture.admin(), null, ActivityStatus.ACTIVE).stream()
                .filter(a -> a.name().equals("Couture Jeanne")).findFirst().orElseThrow().memberIds().get(0);
    }

    private static Participant of(ProposedBases p, long person) {
        return p.participants().stream().filter(b -> b.personId() == person).findFirst().orElseThrow();
    }

    @Test
    void theBasesAreTheValidatedPayslipsOfTheYearByTheKey() {
        ProposedBases salary = proposals().propose(fixture.accountant(), 2026, ParticipationKey.SALARY);
        assertEquals(Source.PAYROLL, salary.source());
        assertEquals(LocalDate.of(2026, 1, 1), salary.from());
        assertEquals(LocalDate.of(2026, 12, 31), salary.to());
        assertTrue(salary.participants().size() > 1, "the demo pays several people in 2026");
        assertTrue(salary.payslips() >= 5 + salary.participants().size() - 1, "Jeanne's five and one each other");
        assertTrue(salary.participants().stream().allMatch(b -> b.base().signum() > 0 && b.base().scale() == 2));
        Participant jeanne = of(salary, jeanne());
        assertFalse(jeanne.name().isBlank());

        ProposedBases hours = proposals().propose(fixture.accountant(), 2026, ParticipationKey.HOURS);
        assertEquals(0, new BigDecimal("50").compareTo(of(hours, jeanne()).base()),
                "Jeanne: 10 hours paid a month, June to October");
        ProposedBases equal = proposals().propose(fixture.admin(), 2026, ParticipationKey.EQUAL);
        Set<Long> paid = salary.participants().stream().map(Participant::personId).collect(Collectors.toSet());
        assertEquals(paid, equal.participants().stream().map(Participant::personId).collect(Collectors.toSet()),
                "equally: everyone paid that year");
        assertTrue(equal.participants().stream().allMatch(b -> b.base().compareTo(BigDecimal.ONE) == 0));

        ProposedBases before = proposals().propose(fixture.accountant(), 2025, ParticipationKey.SALARY);
        assertEquals(Source.PAYROLL, before.source());
        assertEquals(List.of(), before.participants(), "nobody was paid in 2025");
    }

    @Test
    void theProposalFeedsTheDraftAsTheUserConfirmsIt() {
        var splits = fixture.on(LocalDate.now()).splits();
        ProposedBases hours = proposals().propose(fixture.admin(), 2026, ParticipationKey.HOURS);
        List<ParticipantBase> bases = hours.participants().stream()
                .map(b -> new ParticipantBase(b.personId(), b.base())).toList();
        assertTrue(splits.result(fixture.admin(), 2026).isPositive(), "the demo's 2026 shows a profit so far");
        var draft = splits.draft(fixture.admin(), 2026, null, ParticipationKey.HOURS, bases);
        var jeanne = draft.shares().stream().filter(s -> s.personId() == jeanne()
                && s.kind() == coop.essaim.governance.api.SplitShare.Kind.PARTICIPATION).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("50").compareTo(jeanne.base()));
    }

    @Test
    void withoutThePayrollReadPermissionNothingIsProposed() {
        UserContext a = fixture.admin();
        UserContext noPayroll = new UserContext(a.userId(), a.login(), a.displayName(), a.cooperativeId(), a.roles(),
                a.permissions().stream().filter(p -> !p.equals("payroll.payslips.view-all"))
                        .collect(Collectors.toUnmodifiableSet()), a.locale());
        ProposedBases p = proposals().propose(noPayroll, 2026, ParticipationKey.SALARY);
        assertEquals(Source.NO_PAYROLL_PERMISSION, p.source());
        assertEquals(List.of(), p.participants());
    }

    @Test
    void theSplitPermissionAndTheFieldsAreChecked() {
        assertThrows(AccessDeniedException.class, () -> proposals().propose(fixture.jeanne(), 2026,
                ParticipationKey.SALARY));
        assertEquals("key", assertThrows(ValidationException.class, () -> proposals().propose(fixture.admin(), 2026,
                null)).errors().get(0).field());
        assertEquals("fiscalYear", assertThrows(ValidationException.class, () -> proposals().propose(
                fixture.admin(), 12, ParticipationKey.SALARY)).errors().get(0).field());
    }
}
