package coop.essaim.invoicing.internal;

import coop.essaim.api.persistence.PersistenceContribution;
import coop.essaim.invoicing.internal.customer.CustomerEntity;
import coop.essaim.invoicing.internal.catalogue.CatalogueItemEntity;
import coop.essaim.invoicing.internal.bank.BankLineEntity;
import coop.essaim.invoicing.internal.expense.ExpenseLineEntity;
import coop.essaim.invoicing.internal.expense.ExpenseNoteEntity;
import coop.essaim.invoicing.internal.expense.ReceiptEntity;
import coop.essaim.invoicing.internal.invoice.InternalInvoiceEntity;
import coop.essaim.invoicing.internal.invoice.InvoiceEntity;
import coop.essaim.invoicing.internal.invoice.InvoiceLineEntity;
import coop.essaim.invoicing.internal.invoice.NumberSeriesEntity;
import coop.essaim.invoicing.internal.invoice.SalesLineFigures;
import coop.essaim.invoicing.internal.mail.ReminderEntity;
import coop.essaim.invoicing.internal.party.PartyIdentity;
import coop.essaim.invoicing.internal.payment.PaymentEntity;
import coop.essaim.invoicing.internal.quote.QuoteEntity;
import coop.essaim.invoicing.internal.quote.QuoteLineEntity;
import coop.essaim.invoicing.internal.quote.QuoteSeriesEntity;
import coop.essaim.invoicing.internal.purchase.PurchaseLineEntity;
import coop.essaim.invoicing.internal.purchase.SupplierEntity;
import coop.essaim.invoicing.internal.purchase.SupplierInvoiceEntity;
import coop.essaim.invoicing.internal.purchase.SupplierPaymentEntity;

import java.util.List;

/** The module's entities and the folder of its migrations. */
public final class InvoicingPersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        return List.of(CustomerEntity.class.getName(), InvoiceEntity.class.getName(),
                InvoiceLineEntity.class.getName(), NumberSeriesEntity.class.getName(), PaymentEntity.class.getName(),
                InternalInvoiceEntity.class.getName(), ReminderEntity.class.getName(),
                CatalogueItemEntity.class.getName(),
                ExpenseNoteEntity.class.getName(), ExpenseLineEntity.class.getName(), ReceiptEntity.class.getName(),
                BankLineEntity.class.getName(),
                QuoteEntity.class.getName(), QuoteLineEntity.class.getName(), QuoteSeriesEntity.class.getName(),
                SalesLineFigures.class.getName(), PartyIdentity.class.getName(),
                SupplierEntity.class.getName(), SupplierInvoiceEntity.class.getName(),
                PurchaseLineEntity.class.getName(), SupplierPaymentEntity.class.getName());
    }

    @Override
    public String migrationFolder() {
        return "coop/essaim/invoicing/migration";
    }
}
