package coop.essaim.countryfr.internal.contract;

import coop.essaim.api.money.Money;
import coop.essaim.api.people.EmploymentTerms;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.People;
import coop.essaim.api.people.Person;
import coop.essaim.api.people.PersonQuery;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.testkit.EssaimTestKit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CAPE, the CESA and its amendment of the demo members, drawn on the real core and read back with PDFBox. */
class ContractDocumentsTest {

    @RegisterExtension
    static EssaimTestKit essaim = EssaimTestKit.withPlugins(Path.of("target/classes")).withDemo();

    private ContractDocuments documents() {
        return ContractDocuments.of(essaim.modules().context("country-fr").orElseThrow());
    }

    private People people() {
        return essaim.modules().context("country-fr").orElseThrow().service(People.class);
    }

    private Person member(UserContext actor, String family) {
        return people().list(actor, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> family.equals(p.details().familyName())).findFirst().orElseThrow();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private static String longDate(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(java.util.Locale.FRENCH));
    }

    @Test
    void jeannesCesaNamesHerTheCooperativeItsSirenAndTheAssociateDeadline() throws Exception {
        UserContext admin = essaim.demoUser("admin");
        Person jeanne = member(admin, "Martin");
        String text = text(documents().contract(admin, jeanne.id(), ContractDocuments.EMPLOYMENT));
        assertTrue(text.contains("CONTRAT D'ENTREPRENEUR SALARIÉ ASSOCIÉ"), text);
        assertTrue(text.contains("Jeanne Martin"), text);
        assertTrue(text.contains("901234567"), text);
        assertTrue(text.contains(longDate(jeanne.deadline().date())), text);
        assertTrue(text.contains("durée indéterminée"), text);
    }

    @Test
    void aSupportedMembersCape() throws Exception {
        UserContext admin = essaim.demoUser("admin");
        Person supported = people().list(admin, PersonQuery.all(0, 500)).items().stream()
                .filter(p -> people().path(admin, p.id()).orElseThrow()
                        .openContract(ContractDocuments.SUPPORT_AGREEMENT).isPresent())
                .findFirst().orElseThrow();
        String text = text(documents().contract(admin, supported.id(), ContractDocuments.SUPPORT_AGREEMENT));
        assertTrue(text.contains("CONTRAT D'APPUI AU PROJET D'ENTREPRISE"), text);
        assertTrue(text.contains(supported.displayName()), text);
        assertTrue(text.contains("L127-1"), text);
    }

    @Test
    void anAmendmentCarriesTheNewEmploymentTerms() throws Exception {
        UserContext admin = essaim.demoUser("admin");
        Person jeanne = member(admin, "Martin");
        LocalDate from = LocalDate.of(2026, 9, 1);
        EmploymentTermsVersion version = people().amendEmploymentTerms(admin, jeanne.id(), new EmploymentTerms(
                from, new BigDecimal("24"), EmploymentTerms.Per.WEEK, Money.of(2350, "EUR"), "mi-temps"));
        String text = text(documents().amendment(admin, jeanne.id(), version.id()));
        assertTrue(text.contains("AVENANT"), text);
        assertTrue(text.contains(longDate(from)), text);
        assertTrue(text.contains("24 heures par semaine"), text);
        assertTrue(text.contains(Money.of(2350, "EUR").format(java.util.Locale.FRENCH).replaceAll("\\s+", " ")), text);
    }

    @Test
    void anEntrepreneurIsRefused() {
        UserContext jeanne = essaim.demoUser("jeanne");
        long id = member(essaim.demoUser("admin"), "Martin").id();
        assertThrows(AccessDeniedException.class,
                () -> documents().contract(jeanne, id, ContractDocuments.EMPLOYMENT));
    }

    @Test
    void aMissingPlaceholderValueIsRefusedByName() {
        ContractTemplate template = ContractTemplate.of("Né le {{person.birthDate}} à {{person.city}}");
        ValidationException e = assertThrows(ValidationException.class,
                () -> template.fill(Map.of("person.birthDate", "1er mai 1990"), java.util.Locale.FRENCH));
        assertTrue(e.getMessage().contains("person.city"), e.getMessage());
        assertEquals("Né le 2 à Lyon", template.fill(Map.of("person.birthDate", "2", "person.city", "Lyon"), java.util.Locale.FRENCH));
    }
}
