package coop.essaim.invoicing.ui;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lists' CSV files name their columns in French, Dutch or (for any other language) English. */
class CsvHeadersLanguageTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private static String header(ListCsv<?> csv) {
        StringWriter out = new StringWriter();
        csv.write(out, List.of());
        return out.toString().strip();
    }

    private static String invoices(Locale locale) {
        StringWriter out = new StringWriter();
        new InvoicesCsv(List::of, locale).write(out);
        return out.toString().strip();
    }

    private static String quotes(Locale locale) {
        return header(new QuotesCsv(List::of, locale));
    }

    private static String catalogue(Locale locale) {
        return header(new CatalogueCsv(List::of, locale));
    }

    private static String supplierInvoices(Locale locale) {
        return header(new SupplierInvoicesCsv(List::of, locale));
    }

    @Test
    void aDutchUserGetsDutchColumnNames() {
        assertEquals("nummer;soort;datum;vervaldatum;activiteit;klant;totaal_excl_btw;btw;totaal_incl_btw;openstaand;"
                + "munt;status", invoices(DUTCH));
        assertEquals("nummer;datum;geldig_tot;klant;totaal_excl_btw;btw;totaal_incl_btw;voorschot_pct;munt;status",
                quotes(DUTCH));
        assertEquals("naam;referentie;soort;eenheid;eenheidsprijs_excl_btw;munt;btw;beschrijving;gearchiveerd",
                catalogue(DUTCH));
        assertEquals("referentie;leverancier;nummer;datum;vervaldatum;totaal_excl_btw;btw;totaal_incl_btw;"
                + "openstaand;munt;status", supplierInvoices(DUTCH));
    }

    @Test
    void frenchAndEnglishAreUnchangedAndOtherLanguagesGetEnglish() {
        assertEquals("numero;type;date;echeance;activite;client;total_ht;tva;total_ttc;reste_du;devise;etat",
                invoices(Locale.forLanguageTag("fr-BE")));
        assertEquals("number;kind;date;due;activity;customer;total_excl_vat;vat;total_incl_vat;outstanding;currency;"
                + "status", invoices(Locale.ENGLISH));
        assertEquals("numero;date;valable_jusqu_au;client;total_ht;tva;total_ttc;acompte_pct;devise;etat",
                quotes(Locale.FRENCH));
        assertEquals("name;reference;kind;unit;unit_price_excl_vat;currency;vat;description;archived",
                catalogue(Locale.ENGLISH));
        assertEquals(catalogue(Locale.ENGLISH), catalogue(Locale.forLanguageTag("ar")));
        assertEquals(supplierInvoices(Locale.ENGLISH), supplierInvoices(Locale.GERMAN));
        assertEquals("reference;fournisseur;numero;date;echeance;total_ht;tva;total_ttc;reste_du;devise;etat",
                supplierInvoices(Locale.FRENCH));
    }

    @Test
    void theLanguageIsTheUsersWhateverTheirCountry() {
        assertEquals("nl", ListCsv.language(DUTCH));
        assertEquals("fr", ListCsv.language(Locale.forLanguageTag("fr-MA")));
        assertEquals("en", ListCsv.language(Locale.forLanguageTag("ar-MA")));
    }
}
