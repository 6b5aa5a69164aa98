package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.SupplierInvoice;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The supplier invoices list as a CSV file, written as {@link InvoicesCsv} writes the invoices. */
final class SupplierInvoicesCsv extends ListCsv<SupplierInvoicesCsv.Row> {

    private static final long serialVersionUID = 1L;

    /** One line: the invoice with its status as the page shows it. */
    record Row(SupplierInvoice invoice, String status) implements Serializable {
    }

    interface Rows extends ListCsv.Rows<Row> {
    }

    SupplierInvoicesCsv(Rows rows, Locale locale) {
        super(rows, locale, "nl".equals(language(locale)) ? "aankoopfacturen.csv" : "factures-fournisseurs.csv");
    }

    @Override
    protected List<String> header(String language) {
        return switch (language) {
            case "fr" -> List.of("reference", "fournisseur", "numero", "date", "echeance", "total_ht", "tva",
                    "total_ttc", "reste_du", "devise", "etat");
            case "nl" -> List.of("referentie", "leverancier", "nummer", "datum", "vervaldatum", "totaal_excl_btw",
                    "btw", "totaal_incl_btw", "openstaand", "munt", "status");
            default -> List.of("reference", "supplier", "number", "date", "due", "total_excl_vat", "vat",
                    "total_incl_vat", "outstanding", "currency", "status");
        };
    }

    @Override
    protected Object[] cells(Row r) {
        SupplierInvoice i = r.invoice();
        return new Object[] {i.reference(), InvoicesCsv.safe(i.supplierName()), InvoicesCsv.safe(i.supplierNumber()),
                i.invoiceDate(), i.dueDate(), i.totalExclVat().toPlainString(), i.totalVat().toPlainString(),
                i.totalInclVat().toPlainString(), i.outstanding().toPlainString(),
                i.totalInclVat().currency().getCurrencyCode(), r.status()};
    }
}
