package coop.essaim.governance.internal.board;

import coop.essaim.api.audit.AuditTrail;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.persistence.ModuleStore;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.AgendaItem;
import coop.essaim.governance.api.Body;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.Mandate;
import coop.essaim.governance.api.Meeting;
import coop.essaim.governance.internal.ConvocationMailing;
import coop.essaim.governance.internal.Messages;
import coop.essaim.governance.internal.PlainDocument;
import coop.essaim.governance.internal.assembly.Bodies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Convenes a body's meeting by e-mail, by the same path as an assembly's convocation ({@link ConvocationMailing},
 * the core's mailer): one mail to each of the body's current mandate holders (those in mandate on the day it is
 * sent, each person once whatever their roles) who has an address, the day, place and agenda in the body, the
 * convocation as a PDF attachment, in the sender's language. Each sending is recorded with whom it convened, mailed
 * or not; a second sending needs an explicit resend.
 */
public final class MeetingConvocations {

    private final ModuleStore store;
    private final Bodies bodies;
    private final BoardMeetings meetings;
    private final ConvocationMailing mailing;
    private final CooperativeDirectory cooperatives;
    private final AuditTrail audit;
    private final Clock clock;

    public MeetingConvocations(ModuleStore store, Bodies bodies, BoardMeetings meetings, ConvocationMailing mailing,
                               CooperativeDirectory cooperatives, AuditTrail audit, Clock clock) {
        this.store = store;
        this.bodies = bodies;
        this.meetings = meetings;
        this.mailing = mailing;
        this.cooperatives = cooperatives;
        this.audit = audit;
        this.clock = clock;
    }

    public static String fileName(long meetingId) {
        return "convocation-reunion-" + meetingId + ".pdf";
    }

    /**
     * Mails the convocation. Refused (field {@code resend}) when it was sent already and {@code resend} is false,
     * (field {@code recipients}) when the body has no member today or none has an address, and (field
     * {@code heldOn}) once the meeting's day has passed; then nothing is sent.
     */
    public MeetingConvocation send(UserContext actor, long meetingId, boolean resend) {
        actor.require(GovernancePermissions.ASSEMBLIES_MANAGE);
        Messages m = new Messages(actor.locale());
        Meeting meeting = meetings.meeting(actor, meetingId);
        LocalDate today = LocalDate.now(clock);
        if (meeting.heldOn().isBefore(today)) {
            throw new ValidationException("heldOn", m.text("error.meetingPast", meeting.heldOn()));
        }
        Optional<MeetingConvocation> last = last(actor, meetingId);
        if (last.isPresent() && !resend) {
            throw new ValidationException("resend", m.text("error.meetingConvened", last.get().sentAt().toLocalDate(),
                    last.get().mailed()));
        }
        List<Long> members = bodies.membersOn(actor, meeting.bodyId(), today).stream().map(Mandate::personId)
                .distinct().toList();
        if (members.isEmpty()) {
            throw new ValidationException("recipients", m.text("error.noMember", today));
        }
        Body body = bodies.body(actor, meeting.bodyId());
        List<String> lines = lines(actor, body, meeting, m);
        ConvocationMailing.Letter letter = new ConvocationMailing.Letter(
                m.text("meetingConvocation.subject", body.name(), meeting.heldOn()),
                String.join("\n", lines) + "\n",
                new MailAttachment(fileName(meetingId), "application/pdf", pdf(lines, m)),
                "governance:meeting:" + meetingId + ":convocation");
        boolean again = last.isPresent();
        mailing.send(actor, members, letter, sent -> record(actor, meetingId, sent, again));
        return last(actor, meetingId).orElseThrow();
    }

    /** The sendings, the latest first, each with the members it convened in the order of the mandates. */
    public List<MeetingConvocation> sendings(UserContext actor, long meetingId) {
        meetings.meeting(actor, meetingId);
        return store.read(em -> {
            List<MeetingConvocationEntity> rows = em.createQuery("select c from GovernanceMeetingConvocation c"
                            + " where c.meetingId = :m and c.cooperativeId = :c order by c.sentAt desc, c.id desc",
                    MeetingConvocationEntity.class).setParameter("m", meetingId)
                    .setParameter("c", actor.cooperativeId()).getResultList();
            if (rows.isEmpty()) {
                return List.<MeetingConvocation>of();
            }
            Map<Long, List<MeetingConvokedEntity>> convoked = em.createQuery("select x from"
                            + " GovernanceMeetingConvoked x where x.convocationId in :ids order by x.id",
                    MeetingConvokedEntity.class).setParameter("ids", rows.stream().map(r -> r.id).toList())
                    .getResultList().stream().collect(Collectors.groupingBy(x -> x.convocationId));
            return rows.stream().map(r -> new MeetingConvocation(r.id, r.sentAt, r.sentBy, r.resend,
                    convoked.getOrDefault(r.id, List.of()).stream().map(x -> new MeetingConvocation.Convoked(
                            x.personId, bodies.name(actor, x.personId), x.mailed)).toList())).toList();
        });
    }

    public Optional<MeetingConvocation> last(UserContext actor, long meetingId) {
        return sendings(actor, meetingId).stream().findFirst();
    }

    private void record(UserContext actor, long meetingId, ConvocationMailing.Outcome sent, boolean again) {
        MeetingConvocationEntity c = new MeetingConvocationEntity(actor.cooperativeId(), meetingId,
                LocalDateTime.now(clock), actor.login(), again);
        store.inTransaction(em -> {
            em.persist(c);
            em.flush();
            // the members mailed first, then those who were not (no address, or the server failed before them)
            for (long p : sent.mailed()) {
                em.persist(new MeetingConvokedEntity(actor.cooperativeId(), c.id, p, true));
            }
            for (long p : sent.notMailed()) {
                em.persist(new MeetingConvokedEntity(actor.cooperativeId(), c.id, p, false));
            }
            return c.id;
        });
        audit.record(actor, "governance.meeting.convened", "meeting:" + meetingId, sent.mailed().size()
                + " sent, " + sent.notMailed().size() + " not mailed" + (again ? ", resend" : ""));
    }

    /** The letter: the cooperative, the call with the body, day and place, then the agenda item by item. */
    private List<String> lines(UserContext actor, Body body, Meeting meeting, Messages m) {
        List<String> out = new ArrayList<>();
        out.add(cooperatives.find(actor.cooperativeId()).map(c -> c.legalName()).orElse(""));
        out.add("");
        out.add(m.text("meetingConvocation.intro", body.name(), meeting.heldOn(), meeting.place()));
        out.add("");
        out.add(m.text("convocation.agenda"));
        for (AgendaItem item : meetings.items(actor, meeting.id())) {
            out.add(m.text("meetingMinutes.item", item.position(), item.title()));
        }
        out.add("");
        out.add(m.text("meetingConvocation.quorum", meetings.quorumPercent(actor.cooperativeId())));
        return out;
    }

    private static byte[] pdf(List<String> lines, Messages m) {
        PlainDocument doc = new PlainDocument().line(lines.get(0)).blank().title(m.text("convocation.title"));
        lines.subList(1, lines.size()).forEach(doc::line);
        return doc.pdf();
    }
}
