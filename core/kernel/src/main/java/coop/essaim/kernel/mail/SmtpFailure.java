package coop.essaim.kernel.mail;

import coop.essaim.kernel.cooperative.FieldErrors;
import coop.essaim.api.problem.ValidationException;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why a sending failed, in two forms: the server's own words for the history, and a sentence a person can act
 * on (check the host, the password, the address) for the refusal shown to the user.
 */
record SmtpFailure(String messageKey, Object[] args, String reason) {

    static final int MAX_REASON = 1000;

    static SmtpFailure of(MessagingException e, SmtpServer server) {
        String where = server.host() + ":" + server.port();
        String reason = reasonOf(e);
        if (e instanceof AuthenticationFailedException) {
            return new SmtpFailure("mail.smtp.authRefused", new Object[] {where, reason}, reason);
        }
        if (e instanceof SendFailedException sf && sf.getInvalidAddresses() != null
                && sf.getInvalidAddresses().length > 0) {
            String refused = Arrays.stream(sf.getInvalidAddresses()).map(Address::toString)
                    .collect(Collectors.joining(", "));
            return new SmtpFailure("mail.smtp.recipientRefused", new Object[] {refused, reason}, reason);
        }
        Throwable cause = rootCause(e);
        if (cause instanceof UnknownHostException) {
            return new SmtpFailure("mail.smtp.unknownHost", new Object[] {server.host()}, reason);
        }
        if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
                || e.getClass().getSimpleName().equals("MailConnectException")) {
            return new SmtpFailure("mail.smtp.unreachable", new Object[] {where, reason}, reason);
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return new SmtpFailure("mail.smtp.tls", new Object[] {where, reason}, reason);
        }
        return new SmtpFailure("mail.smtp.refused", new Object[] {where, reason}, reason);
    }

    ValidationException refusal(Locale locale) {
        return FieldErrors.single(locale, "smtp", messageKey, args);
    }

    /** The server's reply or the network error, on one line, without the Java class names of the exceptions. */
    private static String reasonOf(MessagingException e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < MAX_REASON; t = next(t)) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && sb.indexOf(m.strip()) < 0) {
                if (!sb.isEmpty()) {
                    sb.append(" — ");
                }
                sb.append(m.strip().replaceAll("\\s+", " "));
            }
        }
        String out = sb.isEmpty() ? e.getClass().getSimpleName() : sb.toString();
        return out.length() > MAX_REASON ? out.substring(0, MAX_REASON) : out;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        for (int i = 0; i < 10 && next(t) != null; i++) {
            t = next(t);
        }
        return t;
    }
}
