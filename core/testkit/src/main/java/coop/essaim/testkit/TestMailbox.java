package coop.essaim.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A real SMTP server (GreenMail, on a free port) set as a cooperative's mail server, so a test sees what the
 * core's mail API sent: {@code start} it before each test, {@code close} it after. The module's pom adds
 * {@code com.icegreen:greenmail} with the test scope (the kit does not bring it).
 */
public final class TestMailbox implements AutoCloseable {

    private final GreenMail smtp;

    private TestMailbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    /** Starts the server and sets it, without TLS, as the mail server of {@code admin}'s cooperative. */
    public static TestMailbox start(EssaimTestKit essaim, UserContext admin, String fromAddress) {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        CooperativeSettings settings = essaim.service(CooperativeSettings.class);
        settings.change(admin, "core.mail.smtp.host", "127.0.0.1");
        settings.change(admin, "core.mail.smtp.port", String.valueOf(smtp.getSmtp().getPort()));
        settings.change(admin, "core.mail.smtp.security", "none");
        settings.change(admin, "core.mail.from.address", fromAddress);
        return new TestMailbox(smtp);
    }

    /** Every message received so far, in the order received. */
    public List<MimeMessage> received() {
        return List.of(smtp.getReceivedMessages());
    }

    /** The plain text of a message: its body, or its first text part that is no attachment. */
    public static String text(MimeMessage m) throws MessagingException, IOException {
        Object content = m.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.getFileName() == null && part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart inner) {
                for (int k = 0; k < inner.getCount(); k++) {
                    if (inner.getBodyPart(k).isMimeType("text/plain")) {
                        return (String) inner.getBodyPart(k).getContent();
                    }
                }
            }
        }
        throw new AssertionError("no text part");
    }

    /** The attached file named {@code name}, which must be a PDF. */
    public static byte[] pdfAttachment(MimeMessage m, String name) throws MessagingException, IOException {
        Multipart parts = (Multipart) m.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                if (!part.isMimeType("application/pdf")) {
                    throw new AssertionError(name + " is " + part.getContentType() + ", not a PDF");
                }
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
