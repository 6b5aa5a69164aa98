package coop.essaim.governance.split;

import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Activities;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonKind;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.ParticipantBase;
import coop.essaim.governance.api.ParticipationKey;
import coop.essaim.governance.api.ProfitSplit;
import coop.essaim.governance.api.SplitScheme;
import coop.essaim.governance.api.SplitShare;
import coop.essaim.governance.api.SplitStatus;
import coop.essaim.governance.internal.split.ProfitSplits;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static coop.essaim.governance.GovernanceFixture.eur;
import static coop.essaim.governance.GovernanceFixture.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The year-end profit split on the real core: the legal bounds, the amounts to the cent, the lifecycle, the entry. */
class ProfitSplitTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private ProfitSplits splits() {
        return fixture.on(LocalDate.now()).splits();
    }

    private static SplitScheme scheme(String reserves, String participation, String dividends, String other) {
        return new SplitScheme(null, "Scheme " + reserves + "/" + participation + "/" + dividends,
                LocalDate.of(2030, 1, 1), new BigDecimal(reserves), new BigDecimal(participation),
                new BigDecimal(dividends), new BigDecimal(other));
    }

    private SplitScheme cooperativeScheme() {
        return splits().addScheme(fixture.admin(), scheme("65", "25", "10", "0"));
    }

    /** Revenue (or, negative, expenses) of {@code amount} in the year, on the structure's section. */
    private void result(int year, String amount) {
        long section = essaim.service(Activities.class).structure(fixture.admin()).orElseThrow().id();
        Money m = eur(amount.replace("-", ""));
        LocalDate day = LocalDate.of(year, 6, 30);
        List<PostingLine> lines = amount.startsWith("-")
                ? List.of(PostingLine.debit("613200", section, m), PostingLine.credit("512000", section, m))
                : List.of(PostingLine.debit("512000", section, m), PostingLine.credit("706000", section, m));
        fixture.ledger().post(fixture.admin(), new EntryDraft(fixture.admin().cooperativeId(), JournalCode.MISC, day,
                null, null, "Result " + year, lines, "test:" + UUID.randomUUID()));
    }

    private List<ParticipantBase> employees(String... bases) {
        return java.util.Arrays.stream(bases).map(b -> new ParticipantBase(fixture.person(PersonKind.MEMBER,
                "Salarié", b).id(), new BigDecimal(b))).toList();
    }

    private void refused(String field, SplitScheme s) {
        refused(List.of(field), s);
    }

    private void refused(List<String> fields, SplitScheme s) {
        int before = splits().schemes(fixture.admin()).size();
        ValidationException e = assertThrows(ValidationException.class, () -> splits().addScheme(fixture.admin(), s));
        assertEquals(fields, e.errors().stream().map(ValidationException.FieldError::field).toList(),
                e.errors().toString());
        assertEquals(before, splits().schemes(fixture.admin()).size(), "nothing recorded");
    }

    @Test
    void eachLegalBoundIsRefusedNamingThePartAndTheBound() {
        refused("participation", scheme("65.01", "24.99", "10", "0"));
        refused("dividends", scheme("32.99", "34", "33.01", "0"));
        refused("dividends", scheme("45", "25", "30", "0"));
        refused("reserves", scheme("24", "56", "20", "0"));
        refused("other", scheme("65", "25", "9", "0"));
        refused(List.of("participation", "dividends"), scheme("65", "25.001", "9.999", "0"));
        refused("name", new SplitScheme(null, " ", LocalDate.of(2030, 1, 1), new BigDecimal("65"),
                new BigDecimal("25"), new BigDecimal("10"), BigDecimal.ZERO));
        ValidationException fr = assertThrows(ValidationException.class, () -> splits().addScheme(
                french(fixture.admin()), scheme("65.01", "24.99", "10", "0")));
        assertTrue(fr.errors().get(0).message().contains("au moins 25 %"), fr.errors().get(0).message());
        SplitScheme fund = splits().addScheme(fixture.admin(), scheme("50", "30", "10", "10"));
        assertEquals(new BigDecimal("10.00"), fund.other());
        assertTrue(splits().schemes(fixture.admin()).contains(fund));
    }

    @Test
    void theCooperativesSchemeSplitsTenThousandAndPostsOneBalancedEntry() {
        int year = 2031;
        result(year, "10000.00");
        SplitScheme s = cooperativeScheme();
        ProfitSplit draft = splits().draft(fixture.admin(), year, s.id(), ParticipationKey.SALARY,
                employees("30000.00", "20000.00", "10000.00"));
        assertEquals(eur("10000.00"), draft.result());
        assertEquals(eur("6500.00"), draft.reserves());
        assertEquals(eur("1500.00"), draft.legalReserve(), "15% to the French SCOP's legal reserve");
        assertEquals(eur("2500.00"), draft.participation());
        assertEquals(eur("1000.00"), draft.dividends());
        assertEquals(List.of(eur("1250.00"), eur("833.33"), eur("416.67")), draft.of(SplitShare.Kind.PARTICIPATION)
                .stream().map(SplitShare::amount).toList());
        assertEquals(eur("1000.00"), sum(draft.of(SplitShare.Kind.DIVIDEND)));
        assertEquals(SplitStatus.DRAFT, draft.status());

        ValidationException early = assertThrows(ValidationException.class, () -> splits().adopt(fixture.admin(),
                year, LocalDate.of(2032, 5, 20), "AG-2032-3"));
        assertEquals("status", early.errors().get(0).field(), "adopted only once proposed");
        splits().propose(fixture.admin(), year);
        ValidationException inYear = assertThrows(ValidationException.class, () -> splits().adopt(fixture.admin(),
                year, LocalDate.of(2031, 12, 31), null));
        assertEquals("adoptedOn", inYear.errors().get(0).field());
        ProfitSplit adopted = splits().adopt(fixture.admin(), year, LocalDate.of(2032, 5, 20), "AG-2032-3");
        assertEquals(SplitStatus.ADOPTED, adopted.status());
        assertEquals("AG-2032-3", adopted.resolutionRef());
        ValidationException edit = assertThrows(ValidationException.class, () -> splits().draft(fixture.admin(),
                year, s.id(), ParticipationKey.EQUAL, employees("1")));
        assertEquals("status", edit.errors().get(0).field(), "an adopted split is never changed");
        assertEquals(eur("1250.00"), splits().split(fixture.admin(), year).orElseThrow()
                .of(SplitShare.Kind.PARTICIPATION).get(0).amount());

        ProfitSplit posted = splits().post(fixture.accountant(), year, null);
        assertEquals(SplitStatus.POSTED, posted.status());
        ValidatedEntry e = fixture.entry(posted.entryId());
        GovernanceFixture.assertBalanced(e);
        assertEquals(LocalDate.of(2032, 5, 20), e.date());
        assertEquals(1_000_000, on(e, "120000", Side.DEBIT));
        assertEquals(150_000, on(e, "106100", Side.CREDIT));
        assertEquals(500_000, on(e, "106800", Side.CREDIT));
        assertEquals(250_000, on(e, "424000", Side.CREDIT));
        assertEquals(100_000, on(e, "457000", Side.CREDIT));

        ValidationException twice = assertThrows(ValidationException.class, () -> splits().post(fixture.admin(),
                year, null));
        assertEquals("status", twice.errors().get(0).field());
        assertEquals(posted.entryId(), fixture.ledger().entryByKey(fixture.admin(), "governance:split:" + year)
                .orElseThrow().id(), "one entry for the year");
    }

    @Test
    void partsAndPersonsAddUpToTheCentWithTheDocumentedRoundings() {
        int year = 2032;
        result(year, "1000.01");
        SplitScheme s = cooperativeScheme();
        ProfitSplit split = splits().draft(fixture.admin(), year, s.id(), ParticipationKey.EQUAL,
                employees("1", "1", "1"));
        assertEquals(eur("250.01"), split.participation(), "a least share is rounded up");
        assertEquals(eur("100.00"), split.dividends(), "a most share is rounded down");
        assertEquals(eur("650.00"), split.reserves(), "the reserves take the rest");
        assertEquals(split.result(), split.reserves().plus(split.participation()).plus(split.dividends())
                .plus(split.other()));
        assertEquals(List.of(eur("83.34"), eur("83.34"), eur("83.33")), split.of(SplitShare.Kind.PARTICIPATION)
                .stream().map(SplitShare::amount).toList());
        List<SplitShare> dividends = split.of(SplitShare.Kind.DIVIDEND);
        assertEquals(split.dividends(), sum(dividends));
        BigDecimal shares = dividends.stream().map(SplitShare::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (SplitShare d : dividends) {
            BigDecimal exact = new BigDecimal("10000").multiply(d.base()).divide(shares, 4,
                    java.math.RoundingMode.HALF_UP);
            assertTrue(BigDecimal.valueOf(d.amount().minorUnits()).subtract(exact).abs().compareTo(BigDecimal.ONE) < 0,
                    d + " is within a cent of its pro rata of the shares");
        }
    }

    @Test
    void participationByHoursAndTheRevisedDraftReplacesThePrevious() {
        int year = 2033;
        result(year, "2000.00");
        SplitScheme s = cooperativeScheme();
        splits().draft(fixture.admin(), year, s.id(), ParticipationKey.EQUAL, employees("1", "1"));
        ProfitSplit byHours = splits().draft(fixture.admin(), year, s.id(), ParticipationKey.HOURS,
                employees("1500", "500"));
        assertEquals(ParticipationKey.HOURS, byHours.key());
        assertEquals(List.of(eur("375.00"), eur("125.00")), splits().split(fixture.admin(), year).orElseThrow()
                .of(SplitShare.Kind.PARTICIPATION).stream().map(SplitShare::amount).toList());
    }

    @Test
    void aLossHasNoSplitAndBadInputChangesNothing() {
        int year = 2034;
        result(year, "-500.00");
        SplitScheme s = cooperativeScheme();
        ValidationException loss = assertThrows(ValidationException.class, () -> splits().draft(fixture.admin(), year,
                s.id(), ParticipationKey.EQUAL, employees("1")));
        assertEquals("fiscalYear", loss.errors().get(0).field());
        assertTrue(loss.errors().get(0).message().contains("2034 se termine sans excédent"), loss.errors().get(0).message());

        int next = 2035;
        result(next, "3000.00");
        Person p = fixture.person(PersonKind.MEMBER, "Nadia", "Roux");
        ValidationException bad = assertThrows(ValidationException.class, () -> splits().draft(fixture.admin(), next,
                s.id(), ParticipationKey.SALARY, List.of(new ParticipantBase(p.id(), new BigDecimal("-1")),
                        new ParticipantBase(999_999L, BigDecimal.TEN))));
        assertEquals(List.of("participants[0].base", "participants[1].personId"), bad.errors().stream()
                .map(ValidationException.FieldError::field).toList());
        ValidationException none = assertThrows(ValidationException.class, () -> splits().draft(fixture.admin(), next,
                s.id(), ParticipationKey.SALARY, List.of()));
        assertEquals("participants", none.errors().get(0).field());
        ValidationException noKey = assertThrows(ValidationException.class, () -> splits().draft(fixture.admin(),
                next, s.id(), null, List.of()));
        assertEquals("key", noKey.errors().get(0).field());
        assertTrue(splits().split(fixture.admin(), next).isEmpty(), "nothing recorded");
        ValidationException notAdopted = assertThrows(ValidationException.class, () -> splits().post(
                fixture.admin(), next, null));
        assertEquals("fiscalYear", notAdopted.errors().get(0).field());
    }

    @Test
    void anEntrepreneurNeitherReadsNorMakesASplit() {
        SplitScheme s = cooperativeScheme();
        assertThrows(AccessDeniedException.class, () -> splits().schemes(fixture.jeanne()));
        assertThrows(AccessDeniedException.class, () -> splits().addScheme(fixture.jeanne(),
                scheme("65", "25", "10", "0")));
        assertThrows(AccessDeniedException.class, () -> splits().splits(fixture.jeanne()));
        assertThrows(AccessDeniedException.class, () -> splits().draft(fixture.jeanne(), 2036, s.id(),
                ParticipationKey.EQUAL, List.of()));
        assertThrows(AccessDeniedException.class, () -> splits().post(fixture.jeanne(), 2031, null));
    }

    private static coop.essaim.api.security.UserContext french(coop.essaim.api.security.UserContext u) {
        return new coop.essaim.api.security.UserContext(u.userId(), u.login(), u.displayName(), u.cooperativeId(),
                u.roles(), u.permissions(), java.util.Locale.FRENCH);
    }

    private static Money sum(List<SplitShare> shares) {
        return shares.stream().map(SplitShare::amount).reduce(Money::plus).orElseThrow();
    }
}
