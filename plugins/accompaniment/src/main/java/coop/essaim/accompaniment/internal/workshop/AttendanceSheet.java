package coop.essaim.accompaniment.internal.workshop;

import coop.essaim.accompaniment.api.AccompanimentPermissions;
import coop.essaim.accompaniment.api.SignUp;
import coop.essaim.accompaniment.api.SignUpStatus;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.accompaniment.internal.Messages;
import coop.essaim.api.module.DocumentLanguage;
import coop.essaim.api.people.Establishment;
import coop.essaim.api.people.People;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.UserContext;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The printable attendance sheet of a session (A4, PDF): the workshop, its date and place, then one row per
 * confirmed person in alphabetical order with an empty column to sign, and a few blank rows for those who come
 * without having signed up. Written with PDFBox in Liberation Sans, which PDFBox ships, so accents print.
 */
public final class AttendanceSheet {

    /** Inside the pdfbox jar, read through a PDFBox class so that the OSGi bundle of PDFBox answers. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final int ROWS_PER_PAGE = 22;
    private static final int BLANK_ROWS = 3;
    private static final float MARGIN = 50;
    private static final float ROW = 28;

    private final WorkshopBook workshops;
    private final People people;

    public AttendanceSheet(WorkshopBook workshops, People people) {
        this.workshops = workshops;
        this.people = people;
    }

    /** The sheet's PDF; needs {@link AccompanimentPermissions#WORKSHOPS_ATTENDANCE}. */
    public byte[] pdf(UserContext actor, long sessionId) {
        actor.require(AccompanimentPermissions.WORKSHOPS_ATTENDANCE);
        Locale drawnIn = DocumentLanguage.of(actor.locale());
        Messages m = new Messages(drawnIn);
        WorkshopSession session = workshops.session(actor, sessionId).orElseThrow(() ->
                new ValidationException("sessionId", m.text("error.notFound")));
        List<String> names = workshops.signUps(actor, sessionId).stream()
                .filter(s -> s.status() == SignUpStatus.CONFIRMED).map(SignUp::personId)
                .map(id -> people.find(actor, id).map(p -> p.details().familyName() + " " + p.details().givenName())
                        .orElse("#" + id)).sorted(Comparator.comparing(String::toLowerCase)).toList();
        String place = session.online() ? m.text("sheet.online") : people.establishments(actor).stream()
                .filter(e -> session.establishmentId() != null && e.id() == session.establishmentId())
                .map(Establishment::name).findFirst().orElse("");
        String when = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(drawnIn)
                .format(session.start()) + " " + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(drawnIn).format(session.start());
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = font(pdf);
            int rows = names.size() + BLANK_ROWS;
            int pages = Math.max(1, (rows + ROWS_PER_PAGE - 1) / ROWS_PER_PAGE);
            for (int page = 0; page < pages; page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                pdf.addPage(p);
                try (PDPageContentStream c = new PDPageContentStream(pdf, p)) {
                    float y = p.getMediaBox().getHeight() - MARGIN;
                    text(c, font, 16, MARGIN, y, m.text("sheet.title"));
                    text(c, font, 12, MARGIN, y - 22, session.title());
                    text(c, font, 10, MARGIN, y - 38, when + " · " + place);
                    text(c, font, 9, MARGIN, y - 52, m.text("sheet.page", page + 1, pages));
                    y -= 80;
                    text(c, font, 10, MARGIN + 4, y + 8, m.text("sheet.number"));
                    text(c, font, 10, MARGIN + 40, y + 8, m.text("sheet.name"));
                    text(c, font, 10, MARGIN + 300, y + 8, m.text("sheet.signature"));
                    for (int i = page * ROWS_PER_PAGE; i < Math.min(rows, (page + 1) * ROWS_PER_PAGE); i++) {
                        y -= ROW;
                        c.addRect(MARGIN, y, 495, ROW);
                        c.moveTo(MARGIN + 34, y);
                        c.lineTo(MARGIN + 34, y + ROW);
                        c.moveTo(MARGIN + 294, y);
                        c.lineTo(MARGIN + 294, y + ROW);
                        c.stroke();
                        text(c, font, 10, MARGIN + 4, y + 10, String.valueOf(i + 1));
                        if (i < names.size()) {
                            text(c, font, 10, MARGIN + 40, y + 10, names.get(i));
                        }
                    }
                    if (page == pages - 1) {
                        text(c, font, 10, MARGIN, y - 24, m.text("sheet.count", names.size()));
                    }
                }
            }
            pdf.getDocumentInformation().setTitle(m.text("sheet.title") + " – " + session.title());
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the attendance sheet", e);
        }
    }

    private static PDType0Font font(PDDocument pdf) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox does not ship " + FONT + " any more");
            }
            return PDType0Font.load(pdf, in, true);
        }
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(drawable(font, text));
        c.endText();
    }

    /** Characters the font lacks become a question mark rather than failing the whole sheet. */
    private static String drawable(PDType0Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
