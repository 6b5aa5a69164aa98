package coop.essaim.invoicing.ui;

import coop.essaim.api.people.Address;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.invoicing.api.Customer;
import coop.essaim.invoicing.api.CustomerDetails;
import coop.essaim.invoicing.api.CustomerKind;
import coop.essaim.invoicing.api.Invoice;
import coop.essaim.invoicing.api.InvoiceDraft;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.LineDraft;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Arrays;
import java.util.List;

/**
 * The customers of one activity ({@code ?activity=}; the first in reach when absent), a form to add one, and a
 * form to start an invoice for one of them with its first line.
 */
public class CustomersPage extends InvoicingPage {

    private static final long serialVersionUID = 1L;

    private final long activityId;

    public CustomersPage(PageParameters parameters) {
        super(parameters);
        this.activityId = chooseActivity(parameters);
        IModel<List<Customer>> customers = LoadableDetachableModel.of(() ->
                invoicing().customers().list(user(), activityId));
        add(new ListView<>("customers", customers) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Customer> item) {
                CustomerDetails d = item.getModelObject().details();
                item.add(new Label("name", d.name()));
                item.add(new Label("email", d.email()));
                item.add(new Label("city", d.address().city()));
                item.add(new Label("vat", d.vatNumber()));
            }
        });
        add(customerForm());
        add(invoiceForm(customers));
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("customers.title");
    }

    private Form<Void> customerForm() {
        IModel<CustomerKind> kind = Model.of(CustomerKind.COMPANY);
        IModel<String> name = Model.of("");
        IModel<String> email = Model.of("");
        IModel<String> street = Model.of("");
        IModel<String> postal = Model.of("");
        IModel<String> city = Model.of("");
        IModel<String> country = Model.of(invoicing().rulebook().cooperative(user()).country());
        IModel<String> vat = Model.of("");
        Form<Void> form = new Form<>("customerForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE));
            }

            @Override
            protected void onSubmit() {
                try {
                    invoicing().customers().create(user(), activityId, new CustomerDetails(kind.getObject(),
                            name.getObject(), email.getObject(), new Address(street.getObject(), postal.getObject(),
                            city.getObject(), country.getObject()), vat.getObject(), null, null));
                    success(getString("customers.added"));
                    name.setObject("");
                    email.setObject("");
                    vat.setObject("");
                } catch (ValidationException e) {
                    show(e, this);
                }
            }
        };
        form.add(new DropDownChoice<>("kind", kind, Arrays.asList(CustomerKind.values()),
                new EnumChoiceRenderer<>(this)));
        form.add(new TextField<>("name", name), new TextField<>("email", email), new TextField<>("street", street),
                new TextField<>("postal", postal), new TextField<>("city", city), new TextField<>("country", country),
                new TextField<>("vat", vat));
        return form;
    }

    private Form<Void> invoiceForm(IModel<List<Customer>> customers) {
        IModel<Long> customer = Model.of((Long) null);
        LineFields line = new LineFields(this::ratesToday);
        Form<Void> form = new Form<>("invoiceForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(user().can(InvoicingPermissions.WRITE) && !customers.getObject().isEmpty());
            }

            @Override
            protected void onSubmit() {
                LineDraft first = line.draft(CustomersPage.this, this);
                if (first == null || customer.getObject() == null) {
                    if (customer.getObject() == null) {
                        error(getString("customers.chooseCustomer"));
                    }
                    return;
                }
                try {
                    Invoice draft = invoicing().invoices().createDraft(user(), activityId,
                            new InvoiceDraft(customer.getObject(), null, null, null, List.of(first)));
                    setResponsePage(InvoicePage.class, new PageParameters().set("id", draft.id()));
                } catch (ValidationException e) {
                    show(e, this);
                } catch (AccessDeniedException e) {
                    show(e, this);
                }
            }
        };
        IModel<List<Long>> ids = LoadableDetachableModel.of(() -> customers.getObject().stream().map(Customer::id)
                .toList());
        form.add(new DropDownChoice<>("customer", customer, ids, new CustomerNames(customers)));
        line.addTo(form);
        return form;
    }

    private List<String> ratesToday() {
        return invoicing().rulebook().ratesOn(user(), java.time.LocalDate.now()).stream()
                .map(coop.essaim.api.sales.VatRate::code).toList();
    }
}
