package coop.essaim.kernel.people;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static coop.essaim.kernel.people.NeutralPathModel.RECEPTION;
import static coop.essaim.kernel.people.NeutralPathModel.SALARIED;
import static coop.essaim.kernel.people.NeutralPathModel.SUPPORT_AGREEMENT;
import static coop.essaim.kernel.people.PeopleFixture.contract;
import static coop.essaim.kernel.people.PeopleFixture.exit;
import static coop.essaim.kernel.people.PeopleFixture.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Jeanne's employment terms as dated versions: 13 hours a month at 10.10 € loaded, then full time. */
class EmploymentTermsTest {

    @RegisterExtension
    static final PeopleFixture p = new PeopleFixture();

    static final LocalDate SALARIED_ON = LocalDate.of(2025, 5, 2);

    long jeanne;

    @BeforeEach
    void jeanneIsSalaried() {
        jeanne = p.create("Jeanne", "Martin").id();
        p.people.recordTransition(p.admin, jeanne, step(RECEPTION, LocalDate.of(2025, 1, 6)));
        p.people.recordTransition(p.admin, jeanne, contract(SUPPORT_AGREEMENT, LocalDate.of(2025, 2, 3),
                LocalDate.of(2026, 2, 2)));
        p.people.recordTransition(p.admin, jeanne, step(SALARIED, SALARIED_ON));
    }

    static EmploymentTerms terms(LocalDate from, String hours, EmploymentTerms.Per per, long centsAnHour) {
        return new EmploymentTerms(from, new BigDecimal(hours), per, Money.of(centsAnHour, "EUR"), null);
    }

    @Test
    void amendmentsAreNewVersionsFromLaterDates() {
        p.people.amendEmploymentTerms(p.admin, jeanne, terms(SALARIED_ON, "13", EmploymentTerms.Per.MONTH, 1010));
        p.people.amendEmploymentTerms(p.admin, jeanne, new EmploymentTerms(LocalDate.of(2026, 1, 1),
                new BigDecimal("35"), EmploymentTerms.Per.WEEK, Money.of(2150, "EUR"), "Avenant n° 1 : temps plein"));
        List<EmploymentTermsVersion> versions = p.people.employmentTerms(p.admin, jeanne);
        assertEquals(2, versions.size());
        assertEquals(NeutralPathModel.EMPLOYMENT, versions.get(0).contractKind());
        assertEquals(new BigDecimal("13.00"), versions.get(0).terms().hours());
        assertEquals(Money.of(2150, "EUR"), versions.get(1).terms().loadedHourlyCost());
        assertEquals("Avenant n° 1 : temps plein", versions.get(1).terms().details());
        ValidationException sameDay = assertThrows(ValidationException.class, () -> p.people.amendEmploymentTerms(
                p.admin, jeanne, terms(LocalDate.of(2026, 1, 1), "30", EmploymentTerms.Per.WEEK, 2150)));
        assertEquals("Les conditions ont déjà une version au 1 janvier 2026 : un avenant prend effet plus tard.",
                sameDay.errors().get(0).message());
        assertEquals(2, p.f.rows("EMPLOYMENT_TERMS"));
    }

    @Test
    void termsNeedAnOpenEmploymentContractOnTheirDate() {
        ValidationException early = assertThrows(ValidationException.class, () -> p.people.amendEmploymentTerms(
                p.admin, jeanne, terms(SALARIED_ON.minusDays(1), "13", EmploymentTerms.Per.MONTH, 1010)));
        assertEquals("validFrom", early.errors().get(0).field());
        p.people.recordTransition(p.admin, jeanne, exit(LocalDate.of(2026, 2, 27), "employment", null));
        ValidationException after = assertThrows(ValidationException.class, () -> p.people.amendEmploymentTerms(
                p.admin, jeanne, terms(LocalDate.of(2026, 3, 1), "13", EmploymentTerms.Per.MONTH, 1010)));
        assertEquals("Aucun contrat à durée indéterminée n’est en cours à cette date.", after.errors().get(0).message());
    }

    @Test
    void badHoursAndCostsAreRefusedFieldByField() {
        ValidationException e = assertThrows(ValidationException.class, () -> p.people.amendEmploymentTerms(p.admin,
                jeanne, new EmploymentTerms(SALARIED_ON, new BigDecimal("49"), EmploymentTerms.Per.WEEK,
                        Money.of(1010, "MAD"), null)));
        assertEquals(List.of("hours", "loadedHourlyCost"),
                e.errors().stream().map(ValidationException.FieldError::field).toList());
        assertThrows(ValidationException.class, () -> p.people.amendEmploymentTerms(p.admin, jeanne,
                terms(SALARIED_ON, "12.345", EmploymentTerms.Per.MONTH, 1010)));
        assertThrows(ValidationException.class, () -> p.people.amendEmploymentTerms(p.admin, jeanne,
                terms(SALARIED_ON, "13", EmploymentTerms.Per.MONTH, 0)));
        assertEquals(0, p.f.rows("EMPLOYMENT_TERMS"));
    }

    @Test
    void onlyThoseWhoManagePeopleRecordTermsAndAnEntrepreneurReadsHerOwn() {
        UserContext accountant = p.f.user(p.admin, "compta", "accountant");
        assertThrows(AccessDeniedException.class, () -> p.people.amendEmploymentTerms(accountant, jeanne,
                terms(SALARIED_ON, "13", EmploymentTerms.Per.MONTH, 1010)));
        UserContext paul = p.entrepreneurWithFile("paul", "Paul", "Girard");
        p.people.amendEmploymentTerms(p.admin, jeanne, terms(SALARIED_ON, "13", EmploymentTerms.Per.MONTH, 1010));
        assertEquals(List.of(), p.people.employmentTerms(paul, jeanne));
        assertEquals(1, p.people.employmentTerms(accountant, jeanne).size());
    }
}
