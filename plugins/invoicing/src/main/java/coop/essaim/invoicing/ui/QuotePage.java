package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.LineDraft;
import coop.essaim.invoicing.api.Quote;
import coop.essaim.invoicing.api.QuoteDraft;
import coop.essaim.invoicing.api.QuoteInvoiceKind;
import coop.essaim.invoicing.api.QuoteInvoicing;
import coop.essaim.invoicing.api.QuoteStatus;
import coop.essaim.invoicing.internal.quote.QuoteFiles;
import org.apache.wicket.Component;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.ResourceLink;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.http.flow.AbortWithHttpErrorCodeException;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.danekja.java.util.function.serializable.SerializablePredicate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One quote ({@code ?id=}): its lines and totals, edited while a draft; sent (by e-mail or marked sent),
 * accepted or refused, duplicated; once accepted, invoiced whole, as a deposit, in part or for the balance (the
 * page then shows the new invoice draft), with the invoices drafted from it and what is left to invoice. An id
 * out of reach is answered 404, like one that does not exist.
 */
public class QuotePage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long quoteId;
    private final IModel<Quote> quote;

    /** What a button does; refusals are shown on the form. */
    private interface Action extends Serializable {
        void run();
    }

    public QuotePage(PageParameters parameters) {
        super(parameters);
        this.quoteId = parameters.get("id").toLong(-1);
        this.quote = LoadableDetachableModel.of(() -> invoicing().quotes().find(user(), quoteId)
                .orElseThrow(() -> new AbortWithHttpErrorCodeException(404)));
        Quote q = quote.getObject();
        IModel<QuoteInvoicing> invoiced = LoadableDetachableModel.of(() -> invoicing().quotes().invoicing(user(),
                quoteId));
        add(new Label("number", LoadableDetachableModel.of(() -> quote.getObject().number() == null
                ? getString("quotes.noNumber") : quote.getObject().number())));
        add(new Label("status", LoadableDetachableModel.of(() -> getString("quoteStatus."
                + quote.getObject().status().name()))));
        add(new Label("customer", LoadableDetachableModel.of(() -> invoicing().customers().find(user(),
                quote.getObject().customerId()).map(c -> c.details().name()).orElse(""))));
        add(new Label("date", LoadableDetachableModel.of(() -> date(quote.getObject().issueDate()))));
        add(new Label("validUntil", LoadableDetachableModel.of(() -> date(quote.getObject().validUntil()))));
        add(new Label("deposit", LoadableDetachableModel.of(() -> plain(quote.getObject().depositPercent()) + " % ("
                + money(quote.getObject().deposit()) + ")")));
        add(new Label("left", LoadableDetachableModel.of(() -> money(invoiced.getObject().leftExclVat()))));
        add(new BookmarkablePageLink<Void>("back", QuotesPage.class, new PageParameters().set("activity",
                q.activityId())));
        add(new ResourceLink<Void>("pdf", new PdfResource(() -> {
            Quote shown = quote.getObject();
            byte[] pdf = invoicing().quoteFiles().pdf(currentUserContext(), shown);
            return new PdfResource.Pdf(QuoteFiles.fileName(shown), pdf);
        })));
        add(new SalesLinesPanel("editor", () -> figures(quote.getObject()), () -> in(QuoteStatus.DRAFT),
                this::change, null), actions(), convertForm(), invoices(invoiced));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("quote.title") + " " + (quote.getObject().number() == null ? ""
                : quote.getObject().number());
    }

    private boolean writer() {
        return user().can(InvoicingPermissions.WRITE);
    }

    private boolean in(QuoteStatus... statuses) {
        return writer() && Arrays.asList(statuses).contains(quote.getObject().status());
    }

    private Form<Void> actions() {
        Form<Void> form = new Form<>("actions");
        form.add(button("send", form, p -> p.in(QuoteStatus.DRAFT), () -> {
            invoicing().quotes().send(user(), quoteId);
            getSession().success(getString("quote.sentByEmail"));
        }));
        form.add(button("markSent", form, p -> p.in(QuoteStatus.DRAFT), () -> {
            invoicing().quotes().markSent(user(), quoteId);
            getSession().success(getString("quote.markedSent"));
        }));
        form.add(button("accept", form, p -> p.in(QuoteStatus.SENT, QuoteStatus.EXPIRED),
                () -> invoicing().quotes().accept(user(), quoteId)));
        form.add(button("refuse", form, p -> p.in(QuoteStatus.SENT, QuoteStatus.EXPIRED),
                () -> invoicing().quotes().refuse(user(), quoteId)));
        form.add(button("duplicate", form, QuotePage::writer, () -> setResponsePage(QuotePage.class,
                new PageParameters().set("id", invoicing().quotes().duplicate(user(), quoteId).id()))));
        form.add(button("delete", form, p -> p.in(QuoteStatus.DRAFT), () -> {
            long activity = quote.getObject().activityId();
            invoicing().quotes().delete(user(), quoteId);
            setResponsePage(QuotesPage.class, new PageParameters().set("activity", activity));
        }));
        return form;
    }

    private Form<Void> convertForm() {
        IModel<QuoteInvoiceKind> kind = Model.of(QuoteInvoiceKind.WHOLE);
        IModel<String> percent = Model.of("");
        TextField<String> percentField = new TextField<>("percent", percent);
        Form<Void> form = new Form<>("convert") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(in(QuoteStatus.ACCEPTED));
            }
        };
        form.add(new DropDownChoice<>("kind", kind, Arrays.asList(QuoteInvoiceKind.values()),
                new EnumChoiceRenderer<>(form)), percentField);
        form.add(button("invoice", form, p -> true, () -> {
            String typed = percent.getObject();
            BigDecimal p = typed == null || typed.isBlank() ? null : typedDecimal(typed, percentField);
            if (typed != null && !typed.isBlank() && p == null) {
                return;
            }
            Invoice draft = invoicing().quotes().invoice(user(), quoteId, kind.getObject(), p);
            setResponsePage(InvoicePage.class, new PageParameters().set("id", draft.id()));
        }));
        return form;
    }

    private ListView<Invoice> invoices(IModel<QuoteInvoicing> invoiced) {
        return new ListView<>("invoices", LoadableDetachableModel.of(() -> invoiced.getObject().invoices())) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Invoice> item) {
                Invoice i = item.getModelObject();
                BookmarkablePageLink<Void> link = new BookmarkablePageLink<>("link", InvoicePage.class,
                        new PageParameters().set("id", i.id()));
                link.add(new Label("number", i.number() == null ? getString("invoices.noNumber") : i.number()));
                item.add(link, new Label("kind", getString("kind." + i.kind().name())),
                        new Label("status", getString("status." + i.status().name())),
                        new Label("excl", money(i.totalExclVat())), new Label("incl", money(i.totalInclVat())));
            }
        };
    }

    private Button button(String id, Form<?> form, SerializablePredicate<QuotePage> visible, Action action) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(visible.test(QuotePage.this));
            }

            @Override
            public void onSubmit() {
                try {
                    action.run();
                    quote.detach();
                } catch (ValidationException e) {
                    show(e, form);
                } catch (AccessDeniedException e) {
                    show(e, form);
                }
            }
        };
    }

    private boolean change(List<LineDraft> lines, Component form) {
        Quote q = quote.getObject();
        try {
            invoicing().quotes().change(user(), quoteId, new QuoteDraft(q.customerId(), q.issueDate(),
                    q.validUntil(), q.depositPercent(), q.buyerReference(), lines));
            quote.detach();
            return true;
        } catch (ValidationException e) {
            show(e, form);
            return false;
        }
    }

    private static SalesLinesPanel.Figures figures(Quote q) {
        return new SalesLinesPanel.Figures(q.issueDate(), q.lines(), q.totalExclVat(), q.totalVat(), q.totalInclVat(),
                null);
    }
}
