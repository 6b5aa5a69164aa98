package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.InvoiceKind;
import coop.essaim.invoicing.api.InvoiceStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.internal.invoice.InvoiceDocuments;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.List;

/**
 * One invoice or credit note ({@code ?id=}): its lines and totals; while a draft, its lines are edited and it is
 * validated (or submitted to accounting); once validated, it is credited and its payments recorded. An id out of
 * reach is answered 404, like one that does not exist.
 */
public class InvoicePage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long invoiceId;
    private final IModel<Invoice> invoice;

    public InvoicePage(PageParameters parameters) {
        super(parameters);
        this.invoiceId = parameters.get("id").toLong(-1);
        this.invoice = LoadableDetachableModel.of(() -> invoicing().invoices().find(user(), invoiceId)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        invoice.getObject();
        add(new Label("kind", LoadableDetachableModel.of(() -> getString("kind." + invoice.getObject().kind().name()))));
        add(new Label("number", LoadableDetachableModel.of(() -> invoice.getObject().number() == null
                ? getString("invoices.noNumber") : invoice.getObject().number())));
        add(new Label("status", LoadableDetachableModel.of(() -> getString("status."
                + invoice.getObject().status().name()))));
        add(new Label("customer", LoadableDetachableModel.of(this::customerName)));
        add(new Label("date", LoadableDetachableModel.of(() -> date(invoice.getObject().issueDate()))));
        add(new Label("due", LoadableDetachableModel.of(() -> date(invoice.getObject().dueDate()))));
        add(new BookmarkablePageLink<Void>("back", InvoicesPage.class,
                new PageParameters().set("activity", invoice.getObject().activityId())));
        add(new SalesLinesPanel("editor", () -> figures(invoice.getObject()), this::editable, this::change,
                invoice.getObject().activityId()));
        add(actions());
        add(new PaymentsPanel("payments", invoice));
        add(new SendingPanel("sending", invoice));
        add(new ResourceLink<Void>("pdf", new PdfResource(() -> {
            Invoice i = invoice.getObject();
            byte[] pdf = invoicing().files().pdf(currentUserContext(), i.id());
            return new PdfResource.Pdf(InvoiceDocuments.fileName(i), pdf);
        })) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(invoice.getObject().status() == InvoiceStatus.VALIDATED);
            }
        });
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("kind." + invoice.getObject().kind().name()) + " "
                + (invoice.getObject().number() == null ? "" : invoice.getObject().number());
    }

    private boolean editable() {
        return invoice.getObject().status() == InvoiceStatus.DRAFT && user().can(InvoicingPermissions.WRITE);
    }

    private Form<Void> actions() {
        Form<Void> form = new Form<>("actions");
        form.add(new Button("validate") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                InvoiceStatus s = invoice.getObject().status();
                setVisible(s == InvoiceStatus.DRAFT && user().can(InvoicingPermissions.WRITE)
                        || s == InvoiceStatus.SUBMITTED && user().can(InvoicingPermissions.VALIDATE));
            }

            @Override
            public void onSubmit() {
                act(form, () -> {
                    Invoice done = invoicing().invoices().validate(user(), invoiceId);
                    getSession().success(getString(done.status() == InvoiceStatus.VALIDATED ? "invoice.validated"
                            : "invoice.submitted"));
                });
            }
        });
        form.add(new Button("delete") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(invoice.getObject().status() != InvoiceStatus.VALIDATED
                        && user().can(InvoicingPermissions.WRITE));
            }

            @Override
            public void onSubmit() {
                act(form, () -> {
                    long activity = invoice.getObject().activityId();
                    invoicing().invoices().deleteDraft(user(), invoiceId);
                    setResponsePage(InvoicesPage.class, new PageParameters().set("activity", activity));
                });
            }
        });
        form.add(new Button("credit") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                Invoice i = invoice.getObject();
                setVisible(i.status() == InvoiceStatus.VALIDATED && i.kind() != InvoiceKind.CREDIT_NOTE
                        && i.outstanding().isPositive() && user().can(InvoicingPermissions.WRITE));
            }

            @Override
            public void onSubmit() {
                act(form, () -> {
                    Invoice credit = invoicing().invoices().draftCreditNote(user(), invoiceId);
                    setResponsePage(InvoicePage.class, new PageParameters().set("id", credit.id()));
                });
            }
        });
        return form;
    }

    private void act(Form<?> form, Runnable action) {
        try {
            action.run();
            invoice.detach();
        } catch (ValidationException e) {
            show(e, form);
        } catch (AccessDeniedException e) {
            show(e, form);
        }
    }

    /** Replaces the draft's lines; reports the refusal on {@code form}, and says whether it was accepted. */
    private boolean change(List<LineDraft> lines, Component form) {
        Invoice i = invoice.getObject();
        try {
            invoicing().invoices().changeDraft(user(), invoiceId, new InvoiceDraft(i.customerId(), i.issueDate(),
                    i.paymentDays(), i.buyerReference(), lines));
            invoice.detach();
            return true;
        } catch (ValidationException e) {
            show(e, form);
            return false;
        }
    }

    private String customerName() {
        Invoice i = invoice.getObject();
        return i.buyerName() != null ? i.buyerName()
                : invoicing().customers().find(user(), i.customerId()).map(c -> c.details().name()).orElse("");
    }

    private static SalesLinesPanel.Figures figures(Invoice i) {
        return new SalesLinesPanel.Figures(i.issueDate(), i.lines(), i.totalExclVat(), i.totalVat(), i.totalInclVat(),
                i.outstanding());
    }
}
