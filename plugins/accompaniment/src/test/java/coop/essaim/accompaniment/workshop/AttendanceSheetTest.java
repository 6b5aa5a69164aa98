package coop.essaim.accompaniment.workshop;

import coop.essaim.accompaniment.AccompanimentFixture;
import coop.essaim.accompaniment.api.Workshop;
import coop.essaim.accompaniment.api.WorkshopSession;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.testkit.EssaimTestKit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printable attendance sheet, read back with PDFBox. */
class AttendanceSheetTest {

    @RegisterExtension
    static final EssaimTestKit essaim = AccompanimentFixture.kit();

    private final AccompanimentFixture fixture = new AccompanimentFixture(essaim);

    @Test
    void theSheetListsTheConfirmedPeopleWithASignatureColumn() throws Exception {
        Workshop w = fixture.workshop("Coût de revient et facturation", 2);
        WorkshopSession session = fixture.session(w, LocalDateTime.of(2027, 4, 13, 9, 30));
        var workshops = fixture.accompaniment().workshops();
        workshops.signUp(fixture.adviser(), session.id(), fixture.jeannePerson().id());
        workshops.signUp(fixture.nadia(), session.id(), fixture.person("Antoine", "Faure").id());
        workshops.signUp(fixture.nadia(), session.id(), fixture.person("Olivier", "Brun").id());   // waiting

        byte[] pdf = fixture.accompaniment().attendanceSheets().pdf(fixture.adviser(), session.id());
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Feuille d'émargement"), text);
            assertTrue(text.contains("Coût de revient et facturation"), text);
            assertTrue(text.contains("Signature"), text);
            assertTrue(text.contains("Faure Antoine"), text);
            assertTrue(text.contains("Martin Jeanne"), text);
            assertFalse(text.contains("Brun"), "the waiting list does not sign");
            assertTrue(text.contains("Inscrits : 2"), text);
            assertTrue(text.contains("mardi 13 avril 2027"), text);
            assertTrue(text.indexOf("Faure") < text.indexOf("Martin"), "alphabetical");
        }
        assertThrows(AccessDeniedException.class, () -> fixture.accompaniment().attendanceSheets()
                .pdf(fixture.jeanne(), session.id()));
    }
}
