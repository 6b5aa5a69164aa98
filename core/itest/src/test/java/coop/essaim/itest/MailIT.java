package coop.essaim.itest;

import coop.essaim.api.mail.MailAttachment;
import coop.essaim.api.mail.MailStatus;
import coop.essaim.api.mail.Mailer;
import coop.essaim.api.mail.OutgoingMail;
import coop.essaim.api.mail.SentMail;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.kernel.Kernel;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import javax.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Jakarta Mail and Activation as four separate bundles: the kernel sends a mail with a PDF attachment and an
 * HTML alternative (which need the activation's mailcap and angus-mail's content handlers) from a thread whose
 * context class loader is unset, as a Jetty thread's may be.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MailIT {

    @Inject
    private BundleContext context;

    @Inject
    private Kernel kernel;

    @Configuration
    public Option[] config() {
        return EssaimRuntime.options(MailIT.class);
    }

    @Test
    public void theMailBundlesAreActiveBundlesOfTheirOwn() {
        for (String name : List.of("jakarta.mail-api", "org.eclipse.angus.mail", "jakarta.activation-api",
                "angus-activation")) {
            Bundle b = Arrays.stream(context.getBundles()).filter(x -> name.equals(x.getSymbolicName())).findFirst()
                    .orElseThrow(() -> new AssertionError("no bundle " + name));
            assertEquals(name, Bundle.ACTIVE, b.getState());
        }
    }

    @Test
    public void aMailWithAPdfLeavesThroughTheCooperativeServer() throws Exception {
        new Server(context).ensureCooperative(kernel);
        UserContext admin = kernel.authentication().login(Server.ADMIN, Server.ADMIN_PASSWORD.toCharArray(),
                "127.0.0.1").user();
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".repeat(40).getBytes(StandardCharsets.ISO_8859_1);
        try (MiniSmtpServer smtp = new MiniSmtpServer()) {
            CooperativeSettings settings = kernel.service(CooperativeSettings.class);
            settings.change(admin, "core.mail.smtp.host", "127.0.0.1");
            settings.change(admin, "core.mail.smtp.port", Integer.toString(smtp.port()));
            settings.change(admin, "core.mail.smtp.security", "none");
            settings.change(admin, "core.mail.from.address", "envoi@essai.example");

            Thread thread = Thread.currentThread();
            ClassLoader before = thread.getContextClassLoader();
            SentMail sent;
            thread.setContextClassLoader(null);
            try {
                sent = kernel.service(Mailer.class).send(admin, OutgoingMail.of("client@client.example",
                                "Facture F-1 — été", "Bonjour, la facture est jointe.")
                        .withHtml("<p>Bonjour, la facture est jointe.</p>")
                        .withAttachment(new MailAttachment("facture-F-1.pdf", "application/pdf", pdf))
                        .withReference("itest:invoice:1"));
                assertEquals("the mailer puts the caller's context loader back", null, thread.getContextClassLoader());
            } finally {
                thread.setContextClassLoader(before);
            }

            assertEquals(MailStatus.SENT, sent.status());
            assertEquals(List.of("<client@client.example>"), smtp.recipients());
            String raw = smtp.messages().get(0);
            assertTrue(raw, raw.contains("multipart/alternative") && raw.contains("text/html"));
            assertTrue(raw, raw.contains("filename=facture-F-1.pdf") || raw.contains("filename=\"facture-F-1.pdf\""));
            String base64 = raw.substring(raw.indexOf("\r\n\r\n", raw.indexOf("application/pdf")) + 4);
            base64 = base64.substring(0, base64.indexOf("--")).replaceAll("\\s", "");
            assertTrue(Arrays.equals(pdf, Base64.getDecoder().decode(base64)));
            assertEquals(List.of(sent), kernel.service(Mailer.class).history(admin, "itest:invoice:1"));
        }
    }
}
