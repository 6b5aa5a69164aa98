package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.BankDebits;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.BankStatements;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

/**
 * Accounting's bank reconciliation: import a statement (CAMT.053 or CSV), then for each credit not matched yet the
 * invoices it may pay, best first, each confirmed with one click.
 */
public class BankPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    public BankPage(PageParameters parameters) {
        super(parameters);
        add(importForm());
        add(debits());
        IModel<java.util.List<BankLine>> open = LoadableDetachableModel.of(() -> invoicing().bank().unmatched(user()));
        Form<Void> matches = new Form<>("matches");
        add(matches);
        matches.add(new ListView<>("lines", open) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BankLine> item) {
                BankLine line = item.getModelObject();
                long lineId = line.id();   // what the page keeps between requests: ids, never records
                item.add(new Label("date", date(line.bookedOn())));
                item.add(new Label("amount", money(line.amount())));
                item.add(new Label("label", line.label()));
                item.add(new Label("party", line.counterparty()));
                item.add(new ListView<>("suggestions", LoadableDetachableModel.of(() ->
                        invoicing().bank().suggestions(user(), lineId))) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<BankStatements.Suggestion> s) {
                        var invoice = s.getModelObject().invoice();
                        long invoiceId = invoice.id();
                        s.add(new BookmarkablePageLink<Void>("invoice", InvoicePage.class,
                                new PageParameters().set("id", invoice.id()))
                                .setBody(org.apache.wicket.model.Model.of(invoice.number() + " · "
                                        + invoice.buyerName() + " · " + money(invoice.outstanding()))));
                        s.add(new Label("why", String.join(", ", s.getModelObject().reasons())));
                        s.add(new Button("confirm") {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public void onSubmit() {
                                try {
                                    invoicing().bank().confirm(user(), lineId, invoiceId);
                                    open.detach();
                                    success(getString("bank.confirmed"));
                                } catch (ValidationException e) {
                                    show(e, matches);
                                } catch (AccessDeniedException e) {
                                    show(e, matches);
                                }
                            }
                        });
                    }
                });
            }
        });
    }

    /** The debits not matched yet, each with the supplier invoices and expense notes it may pay. */
    private Form<Void> debits() {
        IModel<java.util.List<BankLine>> open = LoadableDetachableModel.of(() ->
                invoicing().bankDebits().unmatched(user()));
        Form<Void> form = new Form<>("debitMatches");
        form.add(new ListView<>("debits", open) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<BankLine> item) {
                BankLine line = item.getModelObject();
                long lineId = line.id();
                item.add(new Label("date", date(line.bookedOn())), new Label("amount", money(line.amount().negate())),
                        new Label("label", line.label()), new Label("party", line.counterparty()));
                item.add(new ListView<>("suggestions", LoadableDetachableModel.of(() ->
                        invoicing().bankDebits().suggestions(user(), lineId))) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void populateItem(ListItem<BankDebits.DebitSuggestion> s) {
                        BankDebits.DebitSuggestion d = s.getModelObject();
                        var invoice = d.supplierInvoice();
                        var note = d.expenseNote();
                        Long invoiceId = invoice == null ? null : invoice.id();
                        Long noteId = note == null ? null : note.id();
                        s.add(invoice != null ? new BookmarkablePageLink<Void>("target", SupplierInvoicePage.class,
                                new PageParameters().set("id", invoice.id())).setBody(Model.of(invoice.supplierName()
                                + " · " + invoice.supplierNumber() + " · " + money(invoice.outstanding())))
                                : new BookmarkablePageLink<Void>("target", ExpensesPage.class, new PageParameters()
                                .set("activity", note.activityId()).set("note", note.id())).setBody(Model.of(
                                getString("bank.expenseNote") + " · " + note.label() + " · " + money(note.total()))));
                        s.add(new Label("why", String.join(", ", d.reasons())));
                        s.add(new Button("confirm") {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public void onSubmit() {
                                try {
                                    if (invoiceId != null) {
                                        invoicing().bankDebits().confirmSupplierInvoice(user(), lineId, invoiceId);
                                    } else {
                                        invoicing().bankDebits().confirmExpenseNote(user(), lineId, noteId);
                                    }
                                    open.detach();
                                    success(getString("bank.debitConfirmed"));
                                } catch (ValidationException e) {
                                    show(e, form);
                                } catch (AccessDeniedException e) {
                                    show(e, form);
                                }
                            }
                        });
                    }
                });
            }
        });
        return form;
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("bank.title");
    }

    private Form<Void> importForm() {
        FileUploadField file = new FileUploadField("file");
        Form<Void> form = new Form<>("import") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                FileUpload upload = file.getFileUpload();
                if (upload == null) {
                    file.error(getString("bank.chooseFile"));
                    return;
                }
                try {
                    BankStatements.ImportResult result = invoicing().bank().importStatement(user(),
                            upload.getClientFileName(), upload.getBytes());
                    success(java.text.MessageFormat.format(getString("bank.imported"), result.added(),
                            result.alreadyImported()));
                } catch (ValidationException e) {
                    show(e, this);
                }
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(Bytes.bytes(BankStatements.MAX_FILE_BYTES + 64 * 1024L));
        form.add(file);
        return form;
    }
}
