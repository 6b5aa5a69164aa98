package coop.essaim.invoicing.ui;

import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.api.web.PageContribution;
import coop.essaim.api.web.PageDeclaration;
import coop.essaim.invoicing.api.InvoicingPermissions;

import java.util.List;

/** The pages: /m/invoicing/invoices (in the Activity menu), /m/invoicing/invoice, /m/invoicing/customers,
 * /m/invoicing/internal (internal invoices between activities),
 * /m/invoicing/expenses (expense notes),
 * /m/invoicing/bank (bank reconciliation, for accounting),
 * /m/invoicing/catalogue (each activity's products and services),
 * /m/invoicing/quotes (an activity's quotes, next to the invoices) and /m/invoicing/quote,
 * /m/invoicing/purchases and /m/invoicing/purchase (supplier invoices). */
public final class InvoicingPages implements PageContribution {

    @Override
    public List<PageDeclaration> pages() {
        return List.of(
                PageDeclaration.menuPage("invoices", InvoicesPage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.invoices", 200)),
                PageDeclaration.page("invoice", InvoicePage.class, InvoicingPermissions.VIEW),
                PageDeclaration.menuPage("customers", CustomersPage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.customers", 210)),
                PageDeclaration.menuPage("internal", InternalInvoicesPage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.internal", 220)),
                PageDeclaration.menuPage("expenses", ExpensesPage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.expenses", 230)),
                PageDeclaration.menuPage("bank", BankPage.class, InvoicingPermissions.RECORD_PAYMENTS,
                        new MenuItem(MenuSection.ACCOUNTING, "menu.bank", 300)),
                PageDeclaration.menuPage("catalogue", CataloguePage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.catalogue", 215)),
                PageDeclaration.menuPage("quotes", QuotesPage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.quotes", 205)),
                PageDeclaration.page("quote", QuotePage.class, InvoicingPermissions.VIEW),
                PageDeclaration.menuPage("purchases", SupplierInvoicesPage.class, InvoicingPermissions.VIEW,
                        new MenuItem(MenuSection.ACTIVITY, "menu.supplierInvoices", 240)),
                PageDeclaration.page("purchase", SupplierInvoicePage.class, InvoicingPermissions.VIEW));
    }
}
