package coop.essaim.governance.internal.register;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.money.Money;
import coop.essaim.api.people.Person;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.GovernancePermissions;
import coop.essaim.governance.api.MovementKind;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The certificate of one subscription: the cooperative, the associate, the shares, their nominal value and what
 * was paid on them by the day of printing. In Liberation Sans (shipped by PDFBox, embedded as a subset), so that
 * accents and the euro sign print. The register's keepers print any; an associate prints their own.
 */
public final class ShareCertificate {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ShareRegister register;
    private final CooperativeDirectory cooperatives;
    private final coop.essaim.api.people.People people;

    public ShareCertificate(ShareRegister register, CooperativeDirectory cooperatives,
                            coop.essaim.api.people.People people) {
        this.register = register;
        this.cooperatives = cooperatives;
        this.people = people;
    }

    public byte[] pdf(UserContext actor, long subscriptionId) {
        Messages m = new Messages(actor.locale());
        ShareMovement sub = reachable(actor, subscriptionId);
        Person person = people.find(actor.lending(CorePermissions.PEOPLE_READ), sub.personId()).orElseThrow();
        Cooperative coop = cooperatives.find(actor.cooperativeId()).orElseThrow();
        Money paid = Money.of(register.linesOf(actor, sub.personId()).stream()
                .filter(l -> l.kind() == MovementKind.PAYMENT && !l.corrected()
                        && Long.valueOf(sub.id()).equals(l.subscriptionId()))
                .mapToLong(l -> l.amount().minorUnits()).sum(), sub.amount().currency());
        Money nominal = Money.of(sub.amount().minorUnits() / sub.shares(), sub.amount().currency());
        List<String> lines = new ArrayList<>();
        lines.add(coop.legalName());
        lines.add("");
        lines.add(m.text("certificate.title"));
        lines.add(m.text("certificate.number", sub.id()));
        lines.add("");
        lines.add(m.text("certificate.associate", person.displayName()));
        lines.add(m.text("certificate.shares", sub.shares(), nominal, sub.amount()));
        lines.add(m.text("certificate.subscribedOn", sub.occurredOn()));
        lines.add(m.text("certificate.paid", paid, register.today()));
        lines.add("");
        lines.add(m.text("certificate.terms"));
        lines.add("");
        lines.add(m.text("certificate.issued", register.today()));
        return render(lines);
    }

    public static String fileName(long subscriptionId) {
        return "certificat-parts-" + subscriptionId + ".pdf";
    }

    private ShareMovement reachable(UserContext actor, long subscriptionId) {
        Messages m = new Messages(actor.locale());
        List<ShareMovement> lines;
        if (actor.can(GovernancePermissions.REGISTER_VIEW)) {
            lines = register.movements(actor);
        } else if (actor.can(GovernancePermissions.OWN)) {
            lines = register.ownMovements(actor);
        } else {
            throw new AccessDeniedException(GovernancePermissions.REGISTER_VIEW);
        }
        return lines.stream().filter(l -> l.id() == subscriptionId && l.kind() == MovementKind.SUBSCRIPTION
                && !l.corrected()).findFirst().orElseThrow(() -> new ValidationException("subscriptionId",
                m.text("error.noSubscription", subscriptionId)));
    }

    private static byte[] render(List<String> lines) {
        try (PDDocument doc = new PDDocument(); InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox does not ship " + FONT + " any more");
            }
            PDType0Font font = PDType0Font.load(doc, in, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - 90;
                for (String line : lines) {
                    out.beginText();
                    out.setFont(font, line.equals(lines.get(2)) ? 20 : 12);
                    out.newLineAtOffset(70, y);
                    out.showText(drawable(font, line));
                    out.endText();
                    y -= line.equals(lines.get(2)) ? 32 : 20;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** French number grouping's narrow spaces as no-break spaces; a character the font lacks as "?". */
    private static String drawable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int c = cp != ' ' && Character.isSpaceChar(cp) ? 0x00A0 : cp;
            try {
                font.encode(new String(Character.toChars(c)));
                out.appendCodePoint(c);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
