package coop.essaim.governance.internal.board;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.Decision;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.api.MeetingAttendance;
import coop.essaim.governance.api.MeetingQuorum;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.PlainDocument;
import coop.essaim.governance.internal.assembly.Bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The minutes of a body's meeting, in the reader's language: the body, the day and place, the members present and
 * absent, the quorum, then each agenda item with the decisions that stand (a correction says which decision it
 * supersedes; a superseded decision is left out of the minutes, it stays in the records).
 */
public final class MeetingMinutes {

    private final Bodies bodies;
    private final BoardMeetings meetings;
    private final CooperativeDirectory cooperatives;
    private final Clock clock;

    public MeetingMinutes(Bodies bodies, BoardMeetings meetings, CooperativeDirectory cooperatives, Clock clock) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.cooperatives = cooperatives;
        this.clock = clock;
    }

    public static String fileName(long meetingId) {
        return "proces-verbal-reunion-" + meetingId + ".pdf";
    }

    public byte[] pdf(UserContext actor, long meetingId) {
        Messages m = new Messages(actor.locale());
        Meeting meeting = meetings.meeting(actor, meetingId);
        Body body = bodies.body(actor, meeting.bodyId());
        List<MeetingAttendance> members = meetings.attendance(actor, meetingId);
        MeetingQuorum q = meetings.quorum(actor, meetingId);
        List<Decision> decisions = meetings.decisions(actor, meetingId);
        PlainDocument doc = new PlainDocument()
                .line(cooperatives.find(actor.cooperativeId()).map(c -> c.legalName()).orElse("")).blank()
                .title(m.text("minutes.title"))
                .heading(m.text("meetingMinutes.heading", body.name(), meeting.heldOn()))
                .line(m.text("minutes.place", meeting.place())).blank()
                .line(m.text("meetingMinutes.present", names(members, true)))
                .line(m.text("meetingMinutes.absent", names(members, false)))
                .line(m.text(q.reached() ? "meetingMinutes.quorum.reached" : "meetingMinutes.quorum.notReached",
                        q.percentNeeded(), q.present(), q.members())).blank();
        for (AgendaItem item : meetings.items(actor, meetingId)) {
            doc.heading(m.text("meetingMinutes.item", item.position(), item.title()));
            List<Decision> standing = decisions.stream().filter(d -> d.itemId() == item.id() && d.standing())
                    .toList();
            if (standing.isEmpty()) {
                doc.line(m.text("meetingMinutes.noDecision"));
            }
            for (Decision d : standing) {
                doc.line(d.text());
                if (d.supersedesId() != null) {
                    doc.line(m.text("meetingMinutes.supersedes", d.supersedesId()));
                }
                doc.line(m.text("minutes.counts", d.votesFor(), d.against(), d.abstentions()))
                        .line(m.text(d.adopted() ? "minutes.adopted" : "minutes.rejected"));
            }
            doc.blank();
        }
        return doc.line(m.text("minutes.issued", LocalDate.now(clock))).pdf();
    }

    private static String names(List<MeetingAttendance> members, boolean present) {
        String list = members.stream().filter(a -> a.present() == present)
                .map(a -> a.name() + " (" + String.join(", ", a.roles()) + ")").collect(Collectors.joining(", "));
        return list.isEmpty() ? "—" : list;
    }
}
