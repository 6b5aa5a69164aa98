package coop.essaim.invoicing.branding;

import coop.essaim.api.cooperative.CooperativeLogo;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.InvoicingFixture;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.TestMailbox;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;

import static coop.essaim.invoicing.InvoicingFixture.draft;
import static coop.essaim.invoicing.InvoicingFixture.service;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The activity's brand on its sales documents: its own logo in the PDF's header (else the cooperative's), and
 * its sender on the mails of its invoices, reminders and quotes (GreenMail), which still leave from the
 * cooperative's address.
 */
class ActivityBrandOnDocumentsTest {

    @RegisterExtension
    static final EssaimTestKit essaim = InvoicingFixture.kit();

    private final InvoicingFixture fixture = new InvoicingFixture(essaim);
    private Optional<CooperativeLogo> cooperativeLogo;

    private static ActivityBranding branding() {
        return essaim.service(ActivityBranding.class);
    }

    private static CooperativeProfile profile() {
        return essaim.service(CooperativeProfile.class);
    }

    @BeforeEach
    void rememberTheCooperativesLogo() {
        cooperativeLogo = profile().logo(essaim.demoUser("admin").cooperativeId());
    }

    @AfterEach
    void putBackWhatWasThere() {
        UserContext admin = essaim.demoUser("admin");
        branding().removeLogo(admin, fixture.jeanneActivity());
        branding().changeSender(admin, fixture.jeanneActivity(), ActivitySender.NONE);
        if (cooperativeLogo.isPresent()) {
            profile().changeLogo(admin, cooperativeLogo.get().content());
        } else {
            profile().removeLogo(admin);
        }
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xB8860B);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", out));
        return out.toByteArray();
    }

    /** Width × height of every image drawn on the first page. */
    static List<String> imagesOnFirstPage(byte[] pdf) throws IOException {
        List<String> sizes = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject image) {
                    sizes.add(image.getWidth() + "x" + image.getHeight());
                }
            }
        }
        return sizes;
    }

    private Invoice validatedInvoice(UserContext actor, String customerName) {
        Customer customer = fixture.customer(actor, fixture.jeanneActivity(), customerName);
        return fixture.invoicing().invoices().validate(actor, fixture.invoicing().invoices()
                .createDraft(actor, fixture.jeanneActivity(), draft(customer.id(), service("Retouches", "1",
                        "90.00"))).id());
    }

    @Test
    void theInvoiceHeaderCarriesTheActivitysLogoElseTheCooperatives() throws Exception {
        UserContext admin = essaim.demoUser("admin");
        UserContext jeanne = fixture.jeanne();
        profile().changeLogo(admin, png(4, 4));
        Invoice invoice = validatedInvoice(fixture.accountant(), "Atelier Logo");
        assertEquals(List.of("4x4"), imagesOnFirstPage(fixture.invoicing().files().pdf(jeanne, invoice.id())));

        branding().changeLogo(jeanne, fixture.jeanneActivity(), png(7, 5));

        assertEquals(List.of("7x5"), imagesOnFirstPage(fixture.invoicing().files().pdf(jeanne, invoice.id())),
                "the activity's logo, not the cooperative's");
        assertEquals(List.of("7x5"), imagesOnFirstPage(fixture.invoicing().files().pdf(fixture.accountant(),
                invoice.id())), "whoever renders it");
        Quote quote = fixture.invoicing().quotes().create(jeanne, fixture.jeanneActivity(), new QuoteDraft(
                invoice.customerId(), null, null, null, null, List.of(service("Ourlets", "1", "40.00"))));
        assertEquals(List.of("7x5"), imagesOnFirstPage(fixture.invoicing().quoteFiles().pdf(jeanne, quote)));

        branding().removeLogo(jeanne, fixture.jeanneActivity());
        assertEquals(List.of("4x4"), imagesOnFirstPage(fixture.invoicing().files().pdf(jeanne, invoice.id())));
    }

    @Test
    void theInvoiceAndQuoteMailsAnswerToTheActivityAndNameItBeforeTheCooperative() throws Exception {
        UserContext admin = essaim.demoUser("admin");
        try (TestMailbox mailbox = TestMailbox.start(essaim, admin, "factures@essaim-demo.example")) {
            essaim.service(CooperativeSettings.class).change(admin, "core.mail.from.name", "Coopérative Essaim Démo");
            UserContext jeanne = fixture.jeanne();
            branding().changeSender(jeanne, fixture.jeanneActivity(),
                    new ActivitySender("jeanne@fil-or.example", null));
            Invoice invoice = validatedInvoice(fixture.accountant(), "Atelier Réponse");

            fixture.invoicing().mailing().send(fixture.accountant(), invoice.id());

            MimeMessage mail = mailbox.received().get(0);
            InternetAddress from = (InternetAddress) mail.getFrom()[0];
            assertEquals("factures@essaim-demo.example", from.getAddress(), "the cooperative's address, for SPF");
            assertEquals("Fil d'Or via Coopérative Essaim Démo", from.getPersonal(), "the brand without a name set");
            assertEquals("jeanne@fil-or.example", ((InternetAddress) mail.getReplyTo()[0]).getAddress());

            branding().changeSender(jeanne, fixture.jeanneActivity(),
                    new ActivitySender("atelier@fil-or.example", "Jeanne – Fil d'Or"));
            Quote quote = fixture.invoicing().quotes().create(jeanne, fixture.jeanneActivity(), new QuoteDraft(
                    invoice.customerId(), null, null, null, null, List.of(service("Ourlets", "1", "40.00"))));
            fixture.invoicing().quotes().send(jeanne, quote.id());

            MimeMessage quoteMail = mailbox.received().get(1);
            assertEquals("Jeanne – Fil d'Or via Coopérative Essaim Démo",
                    ((InternetAddress) quoteMail.getFrom()[0]).getPersonal());
            assertEquals("atelier@fil-or.example", ((InternetAddress) quoteMail.getReplyTo()[0]).getAddress());
            assertEquals("atelier@fil-or.example",
                    fixture.invoicing().quotes().sendings(jeanne, quote.id()).get(0).replyTo());
        }
    }
}
