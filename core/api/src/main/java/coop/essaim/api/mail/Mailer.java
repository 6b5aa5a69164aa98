package coop.essaim.api.mail;

import coop.essaim.api.security.UserContext;

import java.util.List;

/**
 * Service: sends e-mail through the acting user's cooperative SMTP server (configured by an administrator on
 * the Cooperative page) and keeps a history of every sending, per cooperative.
 *
 * <p>Limits: at most {@value #MAX_RECIPIENTS} recipients (to and cc together), a subject of one line of at most
 * {@value #MAX_SUBJECT_LENGTH} characters, attachments of at most {@value #MAX_ATTACHMENT_BYTES} bytes (10 MiB)
 * together, a reference of at most {@value #MAX_REFERENCE_LENGTH} characters. Sending waits at most 20 seconds
 * for the server to connect and to answer each step.
 *
 * <p>Threading: {@link #send} blocks until the server has answered; safe to call from several threads.
 */
public interface Mailer {

    int MAX_RECIPIENTS = 20;
    int MAX_SUBJECT_LENGTH = 250;
    int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    int MAX_REFERENCE_LENGTH = 200;
    /** The longest name a mail is sent on behalf of ({@link MailSender#name()}). */
    int MAX_SENDER_NAME_LENGTH = 100;
    /** The most sendings one history call returns. */
    int MAX_HISTORY = 200;

    /**
     * Sends {@code mail} from the cooperative's sending address as {@code actor} and returns the history record.
     * Any user of the cooperative may send; the calling module checks its own permission first.
     *
     * @throws coop.essaim.api.problem.ValidationException bad input, naming the field ({@code to[1]},
     *         {@code cc[0]}, {@code replyTo}, {@code subject}, {@code text}, {@code attachments[0]},
     *         {@code reference}): nothing is sent nor recorded; SMTP not configured (field {@code smtp}):
     *         nothing recorded; the SMTP server unreachable or refusing (field {@code smtp}): the sending is
     *         recorded {@link MailStatus#FAILED} with the server's reason before the exception is thrown.
     *         Messages are in the actor's language.
     */
    SentMail send(UserContext actor, OutgoingMail mail);

    /**
     * Sends {@code mail} like {@link #send(UserContext, OutgoingMail)}, for {@code onBehalfOf}: its name before
     * the cooperative's sending name in the From line, its address as the Reply-To unless the mail has one. The
     * From address stays the cooperative's. A name of more than {@value #MAX_SENDER_NAME_LENGTH} characters or
     * over several lines is refused (field {@code sender.name}), a bad address too ({@code sender.replyTo}).
     */
    SentMail send(UserContext actor, OutgoingMail mail, MailSender onBehalfOf);

    /**
     * The sendings with this reference, newest first (at most {@value #MAX_HISTORY}): all of the cooperative's
     * with {@link MailPermissions#HISTORY}, otherwise only those {@code actor} sent.
     */
    List<SentMail> history(UserContext actor, String reference);

    /**
     * The cooperative's latest sendings, newest first, at most {@code limit} (1 to {@value #MAX_HISTORY});
     * needs {@link MailPermissions#HISTORY}.
     */
    List<SentMail> recent(UserContext actor, int limit);
}
