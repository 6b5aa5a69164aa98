package coop.essaim.countryfr.ui.fec;

import coop.essaim.testkit.EssaimTestKit;
import coop.essaim.testkit.EssaimWicketTester;
import org.apache.wicket.util.file.File;
import org.apache.wicket.util.tester.FormTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FEC page as the accountant uses it: download the demo year, check a file; an entrepreneur never sees it. */
class FecPageTest {

    private static final String HEADER = "JournalCode\tJournalLib\tEcritureNum\tEcritureDate\tCompteNum\tCompteLib"
            + "\tCompAuxNum\tCompAuxLib\tPieceRef\tPieceDate\tEcritureLib\tDebit\tCredit\tEcritureLet\tDateLet"
            + "\tValidDate\tMontantdevise\tIdevise";

    @RegisterExtension
    static final EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).withDemo().withWeb();

    @Test
    void theAccountantDownloadsTheFecOfTheYear() {
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(FecPage.class);
        tester.assertRenderedPage(FecPage.class);
        tester.assertContains("Fichier des écritures comptables");
        tester.assertInvisible("result");
        FormTester form = tester.newFormTester("export");
        form.select("year", 0); // the current fiscal year, 2026 in the demo
        form.submit();
        assertEquals("text/plain; charset=UTF-8", tester.getLastResponse().getContentType());
        assertTrue(tester.getLastResponse().getHeader("Content-Disposition").contains("901234567FEC20261231.txt"),
                tester.getLastResponse().getHeader("Content-Disposition"));
        String fec = tester.getLastResponseAsString();
        assertTrue(fec.startsWith(HEADER + "\r\n"), fec);
        assertTrue(fec.contains("Facture F-2026-0001"), fec);
    }

    @Test
    void aCheckedFileListsItsProblemsWithTheirLines(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("901234567FEC20261231.txt"), HEADER + "\r\n"
                + "VT\tVentes\tVT-1\t20260220\t411000\tClients\t\t\tF1\t20260220\tFacture\t480,00\t0,00\t\t\t20260220\t\t\r\n"
                + "VT\tVentes\tVT-1\t20260220\t706000\tPrestations\t\t\tF1\t20260220\tFacture\t0,00\t400,00\t\t\t20260220\t\t\r\n");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(FecPage.class);
        FormTester form = tester.newFormTester("check");
        form.setFile("file", new File(file.toFile()), "text/plain");
        form.submit();
        tester.assertNoErrorMessage();
        tester.assertVisible("result");
        tester.assertLabel("result:verdict", "Le fichier ne passe pas le contrôle :");
        tester.assertLabel("result:problems:0:line", "2");
        tester.assertLabel("result:problems:0:column", "EcritureNum");
        tester.assertLabel("result:problems:0:message",
                "L’écriture VT-1 du journal VT n’est pas équilibrée : débit 480,00, crédit 400,00.");
        tester.assertLabel("result:lines", "2");
    }

    @Test
    void aGoodFilePassesWithItsTotals(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("901234567FEC20261231.txt"), HEADER + "\n"
                + "VT\tVentes\tVT-1\t20260220\t411000\tClients\t\t\tF1\t20260220\tFacture\t480,00\t0,00\t\t\t20260220\t\t\n"
                + "VT\tVentes\tVT-1\t20260220\t706000\tPrestations\t\t\tF1\t20260220\tFacture\t0,00\t480,00\t\t\t20260220\t\t\n");
        EssaimWicketTester tester = essaim.wicketTester().logInDemo("compta");
        tester.startPage(FecPage.class);
        FormTester form = tester.newFormTester("check");
        form.setFile("file", new File(file.toFile()), "text/plain");
        form.submit();
        tester.assertLabel("result:verdict", "Le fichier a passé le contrôle.");
        tester.assertLabel("result:entries", "1");
        tester.assertContains("480,00");
    }

    @Test
    void anEntrepreneurIsRefusedThePage() {
        EssaimWicketTester jeanne = essaim.wicketTester().logInDemo("jeanne");
        jeanne.startPage(FecPage.class);
        assertEquals(403, jeanne.getLastResponse().getStatus());
    }
}
