package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.PurchaseLine;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.Receipt;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ByteArrayResource;
import org.apache.wicket.util.lang.Bytes;
import org.danekja.java.util.function.serializable.SerializableSupplier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One supplier invoice ({@code ?id=}): while a draft, its lines are edited, the supplier's document attached and
 * it is submitted; accounting validates or refuses it, then records its payments. An id out of reach is 404.
 */
public class SupplierInvoicePage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long invoiceId;
    private final IModel<SupplierInvoice> invoice;

    public SupplierInvoicePage(PageParameters parameters) {
        super(parameters);
        this.invoiceId = parameters.get("id").toLong(-1);
        this.invoice = LoadableDetachableModel.of(() -> invoicing().supplierInvoices().find(user(), invoiceId)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        SupplierInvoice i = invoice.getObject();
        add(new Label("supplier", LoadableDetachableModel.of(() -> invoice.getObject().supplierName())));
        add(new Label("number", LoadableDetachableModel.of(() -> invoice.getObject().supplierNumber())));
        add(new Label("reference", i.reference()));
        add(new Label("status", LoadableDetachableModel.of(() -> getString("SupplierInvoiceStatus."
                + invoice.getObject().status().name()))));
        add(new Label("date", LoadableDetachableModel.of(() -> date(invoice.getObject().invoiceDate()))));
        add(new Label("due", LoadableDetachableModel.of(() -> date(invoice.getObject().dueDate()))));
        add(new Label("refusal", LoadableDetachableModel.of(() -> invoice.getObject().refusalReason())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(invoice.getObject().refusalReason() != null);
            }
        });
        add(new BookmarkablePageLink<Void>("back", SupplierInvoicesPage.class,
                new PageParameters().set("activity", i.activityId())));
        add(lines());
        add(addLine());
        add(receiptForm());
        add(receiptLink());
        add(actions());
        add(new SupplierPaymentsPanel("payments", invoice));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("purchase.title") + " " + invoice.getObject().supplierNumber();
    }

    private boolean editable() {
        return invoice.getObject().status() == SupplierInvoiceStatus.DRAFT && user().can(InvoicingPermissions.WRITE);
    }

    private Form<Void> lines() {
        Form<Void> form = new Form<>("linesForm");
        form.add(new Label("totalExcl", LoadableDetachableModel.of(() -> money(invoice.getObject().totalExclVat()))));
        form.add(new Label("totalVat", LoadableDetachableModel.of(() -> money(invoice.getObject().totalVat()))));
        form.add(new Label("totalIncl", LoadableDetachableModel.of(() -> money(invoice.getObject().totalInclVat()))));
        form.add(new Label("outstanding", LoadableDetachableModel.of(() -> money(invoice.getObject().outstanding()))));
        form.add(new ListView<>("lines", LoadableDetachableModel.of(() -> invoice.getObject().lines())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<PurchaseLine> item) {
                PurchaseLine l = item.getModelObject();
                int index = item.getIndex();
                item.add(new Label("account", l.accountCode()), new Label("description", l.description()),
                        new Label("net", money(l.net())), new Label("vatCode", l.vatCode() == null ? ""
                                : getString("vat." + l.vatCode(), null, l.vatCode())), new Label("vat", money(l.vat())));
                item.add(new Button("remove") {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void onConfigure() {
                        super.onConfigure();
                        setVisible(editable());
                    }

                    @Override
                    public void onSubmit() {
                        List<PurchaseLineDraft> kept = drafts();
                        kept.remove(index);
                        replaceLines(kept, form);
                    }
                });
            }
        });
        return form;
    }

    private Form<Void> addLine() {
        PurchaseLineFields line = new PurchaseLineFields("line");
        Form<Void> form = new Form<>("addLine") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(editable());
            }

            @Override
            protected void onSubmit() {
                PurchaseLineDraft added = line.draft();
                if (added != null) {
                    List<PurchaseLineDraft> all = drafts();
                    all.add(added);
                    replaceLines(all, this);
                }
            }
        };
        form.add(line);
        return form;
    }

    private List<PurchaseLineDraft> drafts() {
        List<PurchaseLineDraft> out = new ArrayList<>();
        invoice.getObject().lines().forEach(l -> out.add(new PurchaseLineDraft(l.accountCode(), l.description(),
                l.net(), l.vatCode(), l.vat())));
        return out;
    }

    private void replaceLines(List<PurchaseLineDraft> lines, org.apache.wicket.Component form) {
        SupplierInvoice i = invoice.getObject();
        act(form, () -> invoicing().supplierInvoices().change(user(), invoiceId, new SupplierInvoiceDraft(
                i.supplierId(), i.supplierNumber(), i.invoiceDate(), i.dueDate(), lines)));
    }

    private Form<Void> receiptForm() {
        FileUploadField file = new FileUploadField("file");
        Form<Void> form = new Form<>("receiptForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(editable());
            }

            @Override
            protected void onSubmit() {
                FileUpload upload = file.getFileUpload();
                if (upload == null) {
                    file.error(getString("purchase.chooseFile"));
                    return;
                }
                act(this, () -> invoicing().supplierInvoices().attachReceipt(user(), invoiceId,
                        upload.getClientFileName(), upload.getBytes()));
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(Bytes.bytes(ExpenseNotes.MAX_RECEIPT_BYTES + 64 * 1024L));
        form.add(file);
        return form;
    }

    private ResourceLink<Void> receiptLink() {
        Receipt r = invoicing().supplierInvoices().receipt(user(), invoiceId).orElse(null);
        ResourceLink<Void> link = new ResourceLink<>("receipt", r == null ? new ByteArrayResource("text/plain")
                : new ByteArrayResource(r.mediaType(), r.content(), r.fileName()));
        link.setVisible(r != null);
        return link;
    }

    private Form<Void> actions() {
        IModel<String> reason = Model.of("");
        Form<Void> form = new Form<>("actions");
        form.add(step("submit", SupplierInvoiceStatus.DRAFT, InvoicingPermissions.WRITE,
                () -> invoicing().supplierInvoices().submit(user(), invoiceId)));
        form.add(step("validate", SupplierInvoiceStatus.SUBMITTED, InvoicingPermissions.VALIDATE,
                () -> invoicing().supplierInvoices().validate(user(), invoiceId)));
        form.add(step("refuse", SupplierInvoiceStatus.SUBMITTED, InvoicingPermissions.VALIDATE,
                () -> invoicing().supplierInvoices().refuse(user(), invoiceId, reason.getObject())));
        form.add(new TextField<>("reason", reason) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(invoice.getObject().status() == SupplierInvoiceStatus.SUBMITTED
                        && user().can(InvoicingPermissions.VALIDATE));
            }
        });
        form.add(new Button("delete") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(editable());
            }

            @Override
            public void onSubmit() {
                long activity = invoice.getObject().activityId();
                try {
                    invoicing().supplierInvoices().delete(user(), invoiceId);
                    setResponsePage(SupplierInvoicesPage.class, new PageParameters().set("activity", activity));
                } catch (ValidationException e) {
                    show(e, getForm());
                } catch (AccessDeniedException e) {
                    show(e, getForm());
                }
            }
        });
        return form;
    }

    private Button step(String id, SupplierInvoiceStatus from, String permission,
                        SerializableSupplier<SupplierInvoice> action) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(invoice.getObject().status() == from && user().can(permission));
            }

            @Override
            public void onSubmit() {
                act(getForm(), action);
            }
        };
    }

    /** Runs a step of the service; its refusal is shown on {@code form} and changes nothing. */
    private void act(org.apache.wicket.Component form, Supplier<?> action) {
        try {
            action.get();
            invoice.detach();
            setResponsePage(SupplierInvoicePage.class, new PageParameters().set("id", invoiceId));
        } catch (ValidationException e) {
            show(e, form);
        } catch (AccessDeniedException e) {
            show(e, form);
        }
    }
}
