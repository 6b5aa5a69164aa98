package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.CatalogueItem;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import org.danekja.java.util.function.serializable.SerializableSupplier;

import java.util.List;
import java.util.Locale;

/**
 * An activity's catalogue as a CSV file, written like the invoices list ({@link InvoicesCsv}): semicolons and a BOM
 * for French spreadsheets, machine prices ({@code 450.00}), codes as stored, formulas neutralised. The items are
 * read when the file is asked for, with the user's reach.
 */
final class CatalogueCsv extends ListCsv<CatalogueItem> {

    private static final long serialVersionUID = 1L;

    CatalogueCsv(SerializableSupplier<List<CatalogueItem>> items, Locale locale) {
        super(items::get, locale, switch (language(locale)) {
            case "fr" -> "catalogue.csv";
            case "nl" -> "catalogus.csv";
            default -> "catalogue-en.csv";
        });
    }

    @Override
    protected List<String> header(String language) {
        return switch (language) {
            case "fr" -> List.of("nom", "reference", "nature", "unite", "prix_unitaire_ht", "devise", "tva",
                    "description", "archive");
            case "nl" -> List.of("naam", "referentie", "soort", "eenheid", "eenheidsprijs_excl_btw", "munt", "btw",
                    "beschrijving", "gearchiveerd");
            default -> List.of("name", "reference", "kind", "unit", "unit_price_excl_vat", "currency", "vat",
                    "description", "archived");
        };
    }

    @Override
    protected Object[] cells(CatalogueItem i) {
        CatalogueItemDetails d = i.details();
        return new Object[] {InvoicesCsv.safe(d.name()), InvoicesCsv.safe(d.reference()), d.kind(), d.unitCode(),
                d.unitPrice().toPlainString(), d.unitPrice().currency().getCurrencyCode(), d.vatCode(),
                InvoicesCsv.safe(d.description()), i.archived()};
    }
}
