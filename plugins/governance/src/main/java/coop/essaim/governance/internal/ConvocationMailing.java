package coop.essaim.governance.internal;

import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one way governance convenes by e-mail, an assembly's associates or a body's members: through the core's
 * {@link Mailer}, one mail to each person who has an address in their person file (so no one reads the others'
 * addresses), the same text and PDF for all. The caller records the sending; should the mail server refuse midway,
 * those already mailed are recorded before the refusal goes on.
 */
public final class ConvocationMailing {

    /** What is sent: the subject, the text (the e-mail's body), the PDF attached, the core mail's reference. */
    public record Letter(String subject, String text, MailAttachment attachment, String reference) {
    }

    /** Who was mailed, in the order given, and who was not (no address, or not reached before a failure). */
    public record Outcome(List<Long> mailed, List<Long> notMailed) {

        public Outcome {
            mailed = List.copyOf(mailed);
            notMailed = List.copyOf(notMailed);
        }
    }

    private final People people;
    private final Mailer mailer;

    public ConvocationMailing(People people, Mailer mailer) {
        this.people = people;
        this.mailer = mailer;
    }

    /**
     * Mails {@code letter} to each of {@code personIds} who has an e-mail address, then hands {@code record} what
     * happened (also when the server failed, once anyone was mailed). Refused (field {@code recipients}) when no one
     * has an address: then nothing is sent nor recorded.
     */
    public void send(UserContext actor, List<Long> personIds, Letter letter, Consumer<Outcome> record) {
        Messages m = new Messages(actor.locale());
        UserContext reader = actor.lending(CorePermissions.PEOPLE_READ);
        List<Long> reachable = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (long id : personIds) {
            Optional<String> email = people.find(reader, id).map(p -> p.details().email())
                    .map(String::strip).filter(e -> !e.isEmpty());
            if (email.isPresent()) {
                reachable.add(id);
                addresses.add(email.get());
            } else {
                without.add(id);
            }
        }
        if (addresses.isEmpty()) {
            throw new ValidationException("recipients", m.text("error.noRecipient"));
        }
        List<Long> mailed = new ArrayList<>();
        try {
            for (int i = 0; i < addresses.size(); i++) {
                mailer.send(actor, OutgoingMail.of(addresses.get(i), letter.subject(), letter.text())
                        .withAttachment(letter.attachment()).withReference(letter.reference()));
                mailed.add(reachable.get(i));
            }
        } finally {
            if (!mailed.isEmpty()) {
                List<Long> notMailed = new ArrayList<>(without);
                notMailed.addAll(reachable.subList(mailed.size(), reachable.size()));
                record.accept(new Outcome(mailed, notMailed));
            }
        }
    }
}
