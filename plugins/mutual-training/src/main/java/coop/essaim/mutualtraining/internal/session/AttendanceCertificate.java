package coop.essaim.mutualtraining.internal.session;

import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import coop.essaim.mutualtraining.api.Session;
import coop.essaim.mutualtraining.internal.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's attendance certificate for a year: the cooperative, the member, each session attended (day, title,
 * trainer, hours) and the total hours. The member reads their own, the record keepers anyone's; a year without
 * any session attended has no certificate.
 */
public final class AttendanceCertificate {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final Sessions sessions;
    private final CooperativeDirectory cooperatives;

    public AttendanceCertificate(Sessions sessions, CooperativeDirectory cooperatives) {
        this.sessions = sessions;
        this.cooperatives = cooperatives;
    }

    /** The certificate's lines, as the PDF prints them. */
    public List<String> lines(UserContext actor, long memberUserId, int year) {
        Messages m = new Messages(actor.locale());
        List<Session> attended = sessions.attendedBy(actor, memberUserId, year);
        if (attended.isEmpty()) {
            throw new ValidationException("year", m.text("error.noAttendance", year));
        }
        Sessions.Hours hours = sessions.hours(actor, memberUserId, year);
        String cooperative = cooperatives.find(actor.cooperativeId()).map(c -> c.legalName()).orElse("");
        List<String> lines = new ArrayList<>();
        lines.add(cooperative);
        lines.add("");
        lines.add(m.text("certificate.title"));
        lines.add(m.text("certificate.intro", hours.memberName(), year));
        lines.add("");
        for (Session s : attended) {
            lines.add(m.text("certificate.line", s.heldOn(), s.title(), s.trainerName(), s.hours().toPlainString()));
        }
        lines.add("");
        lines.add(m.text("certificate.total", hours.sessions(), total(attended).toPlainString()));
        return lines;
    }

    public byte[] pdf(UserContext actor, long memberUserId, int year) {
        return render(lines(actor, memberUserId, year));
    }

    private static BigDecimal total(List<Session> attended) {
        return attended.stream().map(Session::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
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
                for (int i = 0; i < lines.size(); i++) {
                    boolean title = i == 2;
                    out.beginText();
                    out.setFont(font, title ? 20 : 11);
                    out.newLineAtOffset(60, y);
                    out.showText(drawable(font, lines.get(i)));
                    out.endText();
                    y -= title ? 32 : 18;
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
