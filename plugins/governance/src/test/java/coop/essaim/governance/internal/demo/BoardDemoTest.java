package coop.essaim.governance.internal.demo;

import coop.essaim.governance.GovernanceFixture;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.BodyKind;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.internal.Governance;
import coop.essaim.testkit.EssaimTestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's board: six associates elected, the leaving one's mandate ended, two meetings of 2026 decided. */
class BoardDemoTest {

    @RegisterExtension
    static final EssaimTestKit essaim = GovernanceFixture.kit();

    private final GovernanceFixture fixture = new GovernanceFixture(essaim);

    private final Governance g = fixture.on(LocalDate.of(2026, 11, 2));

    private Body board() {
        return g.bodies().all(fixture.admin()).stream().filter(b -> b.name().equals(BoardDemo.BOARD)).findFirst()
                .orElseThrow();
    }

    @Test
    void theBoardHasSixAssociatesElectedThenFiveOnceTheLeavingOneLeft() {
        Body board = board();
        assertEquals(BodyKind.BOARD, board.kind());
        assertTrue(g.bodies().all(fixture.admin()).stream().anyMatch(b -> b.kind() == BodyKind.ASSEMBLY));
        assertEquals(6, g.bodies().membersOn(fixture.admin(), board.id(), LocalDate.of(2026, 10, 15)).size());
        assertEquals(5, g.bodies().membersOn(fixture.admin(), board.id(), LocalDate.of(2026, 10, 16)).size());
        assertEquals(6, g.bodies().mandates(fixture.admin(), board.id()).size(), "the ended mandate is kept");
        var held = g.register().holdings(fixture.admin()).stream().map(h -> h.personId()).toList();
        assertTrue(g.bodies().mandates(fixture.admin(), board.id()).stream().allMatch(m -> held.contains(m.personId())),
                "every member is an associate of the register");
    }

    @Test
    void twoMeetingsIn2026TheBoardApprovedOmarHaddadAndCorrectedADate() {
        List<Meeting> meetings = g.meetings().meetings(fixture.admin(), board().id());
        assertEquals(List.of(BoardDemo.CANDIDACIES_ON, BoardDemo.ACCOUNTS_ON), meetings.stream()
                .map(Meeting::heldOn).toList());
        Meeting october = meetings.get(0);
        assertTrue(g.meetings().quorum(fixture.admin(), october.id()).reached());
        List<Decision> decisions = g.meetings().decisions(fixture.admin(), october.id());
        Decision omar = decisions.stream().filter(d -> d.text().equals(BoardDemo.OMAR)).findFirst().orElseThrow();
        assertTrue(omar.adopted());
        var candidacy = g.candidacies().all(fixture.admin()).stream()
                .filter(c -> BoardDemo.CANDIDACIES_ON.equals(c.boardDecidedOn()) && Boolean.TRUE.equals(
                        c.boardApproved())).toList();
        assertTrue(!candidacy.isEmpty(), "the candidacies record the board's approval on the same day");
        assertEquals(1, decisions.stream().filter(d -> !d.standing()).count(), "one decision corrected");
        assertTrue(decisions.stream().filter(Decision::standing).anyMatch(d -> d.text().contains("15 octobre")));
        assertEquals(2, g.meetings().decisions(fixture.admin(), meetings.get(1).id()).size());
    }
}
