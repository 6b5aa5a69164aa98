package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.Supplier;
import coop.essaim.invoicing.api.SupplierDetails;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The supplier invoices of one activity ({@code ?activity=}), newest first, filtered in the URL by {@code status}
 * and {@code overdue=1}, with the CSV export of the same filter, a form to add a supplier and one to start an
 * invoice from the supplier's document.
 */
public class SupplierInvoicesPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;

    public SupplierInvoicesPage(PageParameters parameters) {
        super(parameters);
        this.activityId = chooseActivity(parameters);
        String status = parameters.get("status").toString(null);
        SupplierInvoiceStatus filter = Arrays.stream(SupplierInvoiceStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        boolean overdue = parameters.get("overdue").toInt(0) == 1;
        IModel<List<SupplierInvoice>> list = LoadableDetachableModel.of(() -> invoicing().supplierInvoices()
                .of(user(), activityId, filter, overdue ? LocalDate.now() : null));
        PageParameters here = new PageParameters().set("activity", activityId);
        add(new BookmarkablePageLink<Void>("all", SupplierInvoicesPage.class, here));
        add(new BookmarkablePageLink<Void>("toValidate", SupplierInvoicesPage.class, new PageParameters(here)
                .set("status", SupplierInvoiceStatus.SUBMITTED.name())));
        add(new BookmarkablePageLink<Void>("unpaid", SupplierInvoicesPage.class, new PageParameters(here)
                .set("status", SupplierInvoiceStatus.VALIDATED.name())));
        add(new BookmarkablePageLink<Void>("overdue", SupplierInvoicesPage.class, new PageParameters(here)
                .set("overdue", 1)));
        add(new ResourceLink<Void>("csv", new SupplierInvoicesCsv(() -> list.getObject().stream()
                .map(i -> new SupplierInvoicesCsv.Row(i, getString("SupplierInvoiceStatus." + i.status().name())))
                .toList(), getLocale())));
        add(new ListView<>("invoices", list) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SupplierInvoice> item) {
                SupplierInvoice i = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", SupplierInvoicePage.class,
                        new PageParameters().set("id", i.id()));
                link.add(new Label("number", i.supplierNumber()));
                item.add(link);
                item.add(new Label("supplier", i.supplierName()));
                item.add(new Label("date", date(i.invoiceDate())));
                item.add(new Label("due", date(i.dueDate())));
                item.add(new Label("total", money(i.totalInclVat())));
                item.add(new Label("outstanding", money(i.outstanding())));
                item.add(new Label("status", i.isOverdueOn(LocalDate.now()) ? getString("purchases.overdue")
                        : getString("SupplierInvoiceStatus." + i.status().name())));
            }
        });
        add(supplierForm());
        add(invoiceForm());
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("purchases.title");
    }

    private Form<Void> supplierForm() {
        IModel<String> name = Model.of("");
        IModel<String> registration = Model.of("");
        IModel<String> vat = Model.of("");
        IModel<String> iban = Model.of("");
        IModel<String> email = Model.of("");
        Form<Void> form = new Form<>("supplierForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                try {
                    invoicing().suppliers().create(user(), activityId, new SupplierDetails(name.getObject(),
                            registration.getObject(), vat.getObject(), iban.getObject(), email.getObject(), null));
                    success(getString("purchases.supplierAdded"));
                    name.setObject("");
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    show(e, this);
                }
            }
        };
        form.add(new TextField<>("name", name), new TextField<>("registration", registration),
                new TextField<>("vat", vat), new TextField<>("iban", iban), new TextField<>("email", email));
        return form;
    }

    private Form<Void> invoiceForm() {
        IModel<Long> supplier = Model.of();
        IModel<String> number = Model.of("");
        IModel<String> day = Model.of(LocalDate.now().toString());
        IModel<String> due = Model.of(LocalDate.now().plusDays(30).toString());
        PurchaseLineFields line = new PurchaseLineFields("line");
        TextField<String> dayField = new TextField<>("invoiceDate", day);
        TextField<String> dueField = new TextField<>("dueDate", due);
        IModel<List<Supplier>> suppliers = LoadableDetachableModel.of(() ->
                invoicing().suppliers().list(user(), activityId));
        Form<Void> form = new Form<>("invoiceForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onDetach() {
                suppliers.detach();
                super.onDetach();
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                LocalDate date = PurchaseLineFields.day(day.getObject(), dayField);
                LocalDate dueDate = PurchaseLineFields.day(due.getObject(), dueField);
                PurchaseLineDraft first = line.draft();
                if (date == null || dueDate == null || first == null) {
                    return;
                }
                try {
                    SupplierInvoice created = invoicing().supplierInvoices().create(user(), activityId,
                            new SupplierInvoiceDraft(supplier.getObject() == null ? 0 : supplier.getObject(),
                                    number.getObject(), date, dueDate, List.of(first)));
                    setResponsePage(SupplierInvoicePage.class, new PageParameters().set("id", created.id()));
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    show(e, this);
                }
            }
        };
        form.add(new DropDownChoice<>("supplier", supplier, LoadableDetachableModel.of(() -> suppliers.getObject()
                .stream().map(Supplier::id).toList()), new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(Long id) {
                        return suppliers.getObject().stream().filter(s -> s.id() == id).findFirst()
                                .map(s -> s.details().name()).orElse("");
                    }

                    @Override
                    public String getIdValue(Long id, int index) {
                        return String.valueOf(id);
                    }
                }), new TextField<>("number", number), dayField, dueField, line);
        return form;
    }
}
