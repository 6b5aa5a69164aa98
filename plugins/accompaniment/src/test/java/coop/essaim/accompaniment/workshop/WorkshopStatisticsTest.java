package coop.essaim.accompaniment.workshop;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Attendance;
import coop.essaim.accompaniment.api.AttendanceRecord;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.WorkshopFigures;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.internal.demo.AccompanimentDemo;
import coop.essaim.accompaniment.internal.workshop.WorkshopStatistics;
import coop.essaim.api.people.Person;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team's workshop figures per month and site, and their CSV file. */
class WorkshopStatisticsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    private WorkshopStatistics statistics() {
        return fixture.accompaniment().statistics();
    }

    @Test
    void aWorkedExampleOneSessionHalfFullHalfMissed() {
        var workshops = fixture.accompaniment().workshops();
        WorkshopSession session = fixture.session(fixture.workshop("Gestion de projet", 4),
                LocalDateTime.of(2027, 2, 9, 9, 30));
        List<Person> two = fixture.members().subList(0, 2);
        var before = fixture.accompaniment(AccompanimentFixture.at(LocalDateTime.of(2027, 2, 1, 9, 0))).workshops();
        SignUp first = before.signUp(fixture.admin(), session.id(), two.get(0).id());
        SignUp second = before.signUp(fixture.admin(), session.id(), two.get(1).id());
        workshops.recordAttendance(fixture.admin(), first.id(), Attendance.PRESENT);
        workshops.recordAttendance(fixture.admin(), second.id(), Attendance.ABSENT);

        List<WorkshopFigures> february = statistics().figures(fixture.adviser(), YearMonth.of(2027, 2),
                YearMonth.of(2027, 2), null);
        assertEquals(List.of(new WorkshopFigures(YearMonth.of(2027, 2), fixture.site("Lyon"), 1, 4, 2, 0, 1, 0, 1)),
                february);
        assertEquals(50, february.get(0).fillPercent());
        assertEquals(50, february.get(0).noShowPercent());
        String csv = statistics().csv(fixture.adviser(), YearMonth.of(2027, 2), YearMonth.of(2027, 2), null);
        assertTrue(csv.startsWith("\ufeffMois;Lieu;Sessions;Places;Inscrits;En attente;Présents;Excusés;"
                + "Absents sans prévenir;Taux de remplissage (%);Taux d'absence sans prévenir (%)\r\n"), csv);
        assertTrue(csv.contains("\r\n2027-02;Lyon – Croix-Rousse;1;4;2;0;1;0;1;50;50\r\n"), csv);
        List<AttendanceRecord> people = statistics().attendance(fixture.adviser(), YearMonth.of(2027, 2),
                YearMonth.of(2027, 2), null);
        assertEquals(List.of(new AttendanceRecord(two.get(1).id(), 0, 0, 1),
                new AttendanceRecord(two.get(0).id(), 1, 0, 0)), people);
    }

    @Test
    void theDemoYearPerMonthAndSiteOnlyForTheTeam() {
        YearMonth from = YearMonth.from(AccompanimentDemo.FIRST_DAY);
        YearMonth to = YearMonth.from(AccompanimentDemo.LAST_DAY);
        List<WorkshopFigures> year = statistics().figures(fixture.admin(), from, to, null);
        assertEquals(fixture.accompaniment().workshops().sessions(fixture.admin(), AccompanimentDemo.FIRST_DAY,
                AccompanimentDemo.LAST_DAY, null).size(), year.stream().mapToInt(WorkshopFigures::sessions).sum());
        assertTrue(year.stream().allMatch(f -> f.confirmed() <= f.seats()));
        int absent = year.stream().mapToInt(WorkshopFigures::absent).sum();
        int recorded = year.stream().mapToInt(f -> f.present() + f.excused() + f.absent()).sum();
        assertTrue(absent > 0 && absent * 100 / recorded < 20, absent + " of " + recorded);
        List<WorkshopFigures> lyon = statistics().figures(fixture.admin(), from, to, fixture.site("Lyon"));
        assertTrue(!lyon.isEmpty() && lyon.size() < year.size());

        assertThrows(AccessDeniedException.class, () -> statistics().figures(fixture.jeanne(), from, to, null));
        ValidationException backwards = assertThrows(ValidationException.class, () -> statistics()
                .figures(fixture.admin(), to, from, null));
        assertEquals("to", backwards.errors().get(0).field());
    }
}
