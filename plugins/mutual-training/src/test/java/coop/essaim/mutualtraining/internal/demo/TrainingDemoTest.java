package coop.essaim.mutualtraining.internal.demo;

import coop.essaim.mutualtraining.TrainingFixture;
import coop.essaim.mutualtraining.api.RequestStatus;
import coop.essaim.mutualtraining.api.TrainingRequest;
import coop.essaim.mutualtraining.internal.MutualTraining;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static coop.essaim.mutualtraining.TrainingFixture.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo cooperative's year of internal trainings: its sessions, hours, requests at every stage and budget. */
class TrainingDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = TrainingFixture.kit();

    private final TrainingFixture fixture = new TrainingFixture(essaim);

    @Test
    void theDemoHasAYearOfInternalTrainings() {
        MutualTraining mt = fixture.on(LocalDate.of(TrainingDemo.YEAR, 11, 30));
        int year = TrainingDemo.YEAR;
        List<TrainingRequest> all = mt.requests().all(fixture.committee(), year, null);
        assertEquals(List.of(RequestStatus.APPROVED, RequestStatus.APPROVED, RequestStatus.REFUSED,
                RequestStatus.ON_HOLD), all.stream().map(TrainingRequest::status).sorted().toList());
        assertEquals(eur("900.00"), mt.requests().budget(fixture.jeanne(), year).committed());
        assertEquals(eur("7500.00"), mt.requests().budget(fixture.jeanne(), year).total());
        assertEquals(eur("900.00"), mt.requests().budget(fixture.jeanne(), year).spent());
        assertEquals(3, mt.catalogue().search(fixture.jeanne(), null, null, null).size());
        assertEquals(4, mt.sessions().given(fixture.jeanne()).size(), "January, April, July, October");
        assertTrue(mt.sessions().hours(fixture.jeanne(), fixture.jeanne().userId(), year).hours().signum() > 0);
        assertTrue(mt.certificates().pdf(fixture.jeanne(), fixture.jeanne().userId(), year).length > 1000);
        String csv = mt.sessions().export(fixture.admin(), year);
        assertTrue(csv.contains(TrainingDemo.SEWING), csv);
        assertTrue(mt.requests().own(fixture.jeanne()).stream().anyMatch(r -> r.internal() && r.score() > 0));
    }
}
